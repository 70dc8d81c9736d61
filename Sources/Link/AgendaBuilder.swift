import Diagnostics
import Model

/// LINK for cartas: lines up a page's activities and breaks under its `carta` block, adds the
/// times and checks them against the declared total. Pure.
enum AgendaBuilder {
    static func carta(of page: SourcePage, anchors: [String], diagnostics: inout DiagnosticList) -> LinkedCarta? {
        guard let (cartaBlock, rowBlocks) = blocks(of: page, diagnostics: &diagnostics) else { return nil }
        let (rows, minutes, missing) = agenda(page, rowBlocks: rowBlocks, anchors: anchors)
        let carta = LinkedCarta(
            header: cartaBlock.header,
            block: cartaBlock.index,
            rows: rows,
            computedMinutes: minutes,
            pausesWithoutDuration: missing
        )
        if carta.differsFromDeclared, let declared = carta.header.declaredMinutes {
            diagnostics.append(mismatch(carta, declared: declared, at: carta.header.declaredLocation ?? page.location))
        }
        return carta
    }

    /// The page's `carta` block and the indices of its activity and break blocks; nil (with an
    /// error when activities are there) for a page without a carta.
    private static func blocks(of page: SourcePage, diagnostics: inout DiagnosticList)
        -> (carta: (index: Int, header: CartaHeader), rows: [Int])?
    {
        var cartaBlock: (index: Int, header: CartaHeader)?
        var rowBlocks: [Int] = []
        for (index, block) in page.blocks.enumerated() {
            switch block.content {
            case .carta(let header) where cartaBlock == nil: cartaBlock = (index, header)
            case .carta:
                diagnostics.append(
                    .error(
                        "carta-repetida",
                        "esta página ya tiene un bloque `carta`; cada carta descriptiva va en su propia página",
                        at: block.location))
            case .activity, .pause: rowBlocks.append(index)
            default: break
            }
        }
        guard let cartaBlock else {
            if let first = rowBlocks.first {
                diagnostics.append(
                    .error(
                        "actividad-sin-carta",
                        "hay actividades pero no un bloque `carta`; ponlo antes de la primera actividad para que se dibuje la agenda",
                        at: page.blocks[first].location))
            }
            return nil
        }
        return (cartaBlock, rowBlocks)
    }

    /// The rows of the agenda in order, each with its place from the start; the minutes they add
    /// up to and how many breaks have no duration.
    private static func agenda(_ page: SourcePage, rowBlocks: [Int], anchors: [String])
        -> (rows: [AgendaRow], minutes: Int, missing: Int)
    {
        let rowHeadings = Set(rowBlocks.compactMap { page.blocks[$0].heading })
        let higher = higherHeadings(page.headings)
        var rows: [AgendaRow] = []
        var offset = 0
        var missing = 0
        for index in rowBlocks {
            let block = page.blocks[index]
            guard let heading = block.heading else { continue }
            let kind: AgendaRow.Kind
            let minutes: Int?
            switch block.content {
            case .activity(let activity): (kind, minutes) = (.activity(activity), activity.minutes)
            case .pause(let pause): (kind, minutes) = (.pause(pause.kind), pause.minutes)
            default: continue
            }
            rows.append(
                AgendaRow(
                    kind: kind, title: page.headings[heading].text, anchor: anchors[heading],
                    group: higher[heading].flatMap { rowHeadings.contains($0) ? nil : page.headings[$0].text },
                    minutes: minutes, offset: offset, block: index))
            if let minutes { offset += minutes } else { missing += 1 }
        }
        return (rows, offset, missing)
    }

    /// For each heading, the nearest one above it of a higher rank, found in one pass with the
    /// chain of open ranks: walking back from every activity made a carta of activities under no
    /// higher heading cost the square of their number.
    private static func higherHeadings(_ headings: [HeadingOccurrence]) -> [Int?] {
        var open: [Int] = []
        return headings.indices.map { index in
            while let last = open.last, headings[last].level >= headings[index].level { open.removeLast() }
            defer { open.append(index) }
            return open.last
        }
    }

    private static func mismatch(_ carta: LinkedCarta, declared: Int, at location: SourceLocation) -> Diagnostic {
        let computed = carta.computedMinutes
        let difference = DurationText.format(minutes: abs(computed - declared))
        let unmeasured =
            switch carta.pausesWithoutDuration {
            case 0: ""
            case 1: " sin contar un receso que no tiene duración"
            default: " sin contar \(carta.pausesWithoutDuration) recesos que no tienen duración"
            }
        return .warning(
            "carta-tiempo-distinto",
            "las duraciones de la carta suman \(DurationText.format(minutes: computed))\(unmeasured), pero la duración declarada es \(DurationText.format(minutes: declared)) (\(difference) \(computed > declared ? "de más" : "de menos")); si el original es así, déjalo: la carta muestra ambas cifras",
            at: location
        )
    }
}
