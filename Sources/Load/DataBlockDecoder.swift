import Diagnostics
import Markdown
import Model
import Yams

/// LOAD for the data blocks of a page: fenced code blocks whose info string names a kind
/// (```` ```actividad ````) hold YAML that becomes typed values. Other code blocks stay code.
struct DataBlockDecoder {
    let source: SourceText
    /// File line where the Markdown body starts, to turn cmark's lines into file lines.
    let bodyFirstLine: Int
    let headings: [MarkdownHeading]

    func decode(_ codeBlocks: [MarkdownCodeBlock], diagnostics: inout DiagnosticList) -> [PageBlock] {
        var blocks: [PageBlock] = []
        for (index, codeBlock) in codeBlocks.enumerated() {
            let fenceLine = codeBlock.position.line + bodyFirstLine - 1
            let location = source.location(line: fenceLine, byteColumn: codeBlock.position.byteColumn)
            guard let kind = PageBlock.Kind(rawValue: codeBlock.info) else {
                warnIfMisspelt(codeBlock.info, at: location, diagnostics: &diagnostics)
                continue
            }
            if kind.belongsToHeading, codeBlock.headingAbove == nil {
                diagnostics.append(
                    .error(
                        "bloque-sin-encabezado",
                        "el bloque `\(kind.rawValue)` va justo debajo del encabezado que nombra \(Self.whatTheHeadingNames(kind)) (por ejemplo `## Bienvenida` y en la línea siguiente ```` ```\(kind.rawValue) ````)",
                        at: location
                    )
                )
                continue
            }
            let title = codeBlock.headingAbove.map { headings[$0].text } ?? ""
            let context = BlockContext(source: source, yamlFirstLine: fenceLine + 1, location: location, title: title)
            guard let content = Self.content(of: kind, yaml: codeBlock.literal, context, &diagnostics) else { continue }
            blocks.append(
                PageBlock(codeBlock: index, heading: codeBlock.headingAbove, location: location, content: content)
            )
        }
        return blocks
    }

    private static func content(
        of kind: PageBlock.Kind,
        yaml: String,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> PageBlock.Content? {
        if kind == .referencias {
            return ReferenceDecoder.decode(yaml, context, &diagnostics).map(PageBlock.Content.references)
        }
        guard
            let fields = YAMLMapping.parse(
                yaml,
                what: "el bloque `\(kind.rawValue)`",
                in: context.source,
                firstLine: context.yamlFirstLine,
                diagnostics: &diagnostics
            )
        else { return nil }
        switch kind {
        case .carta: return CartaBlockDecoder.carta(fields, &diagnostics).map(PageBlock.Content.carta)
        case .actividad:
            return CartaBlockDecoder.activity(fields, context, &diagnostics).map(PageBlock.Content.activity)
        case .receso: return CartaBlockDecoder.pause(fields, &diagnostics).map(PageBlock.Content.pause)
        case .termino: return TermBlockDecoder.term(fields, &diagnostics).map(PageBlock.Content.term)
        case .hoja:
            return WorksheetBlockDecoder.worksheet(fields, context, &diagnostics).map(PageBlock.Content.worksheet)
        case .copia: return ViewBlockDecoder.copy(fields, context, &diagnostics).map(PageBlock.Content.sheetCopy)
        case .paquete: return ViewBlockDecoder.printPack(fields, context, &diagnostics).map(PageBlock.Content.printPack)
        case .compilacion:
            return ViewBlockDecoder.compilation(fields, context, &diagnostics).map(PageBlock.Content.compilation)
        case .agenda: return ViewBlockDecoder.agenda(fields, context, &diagnostics).map(PageBlock.Content.agenda)
        case .mapaDelSistema:
            return ViewBlockDecoder.organization(fields, kind: kind.rawValue, context, &diagnostics)
                .map(PageBlock.Content.systemMap)
        case .gantt:
            return ViewBlockDecoder.organization(fields, kind: kind.rawValue, context, &diagnostics)
                .map(PageBlock.Content.gantt)
        case .referencias: return nil
        }
    }

    private static func whatTheHeadingNames(_ kind: PageBlock.Kind) -> String {
        switch kind {
        case .receso: "el receso"
        case .termino: "el término"
        default: "la actividad"
        }
    }

    /// A block that almost names a kind (```` ```actividd ````) is most likely a typo, not code.
    private func warnIfMisspelt(_ info: String, at location: SourceLocation, diagnostics: inout DiagnosticList) {
        guard info.count >= 4, let kind = Suggestion.closest(to: info, in: PageBlock.Kind.allCases.map(\.rawValue))
        else { return }
        diagnostics.append(
            .warning(
                "bloque-desconocido",
                "el bloque ```` ```\(info) ```` se muestra como código; ¿quisiste decir ```` ```\(kind) ````?",
                at: location
            )
        )
    }
}

/// What every block decoder needs to place its diagnostics.
struct BlockContext {
    let source: SourceText
    let yamlFirstLine: Int
    /// The opening fence.
    let location: SourceLocation
    /// The heading the block belongs to, for messages.
    let title: String
}
