import Foundation
import Link
import Model

/// The template and values for each data block of a page.
struct BlockContext {
    let site: LinkedSite
    /// The page the blocks are on.
    let index: Int
    /// Bodies already rendered, for blocks that gather other pages.
    var bodies: [Int: String] = [:]
    /// The theme's texts, for what the agenda of an organization's session adds.
    var strings: [String: String] = [:]

    var page: LinkedPage { site.pages[index] }

    /// The template that draws the block at `blockIndex`, and what it sees; nil leaves the
    /// block out of the page.
    func make(_ block: PageBlock, blockIndex: Int) -> (template: String, context: [String: Any])? {
        switch block.content {
        case .carta:
            guard let carta = page.carta, carta.block == blockIndex else { return nil }
            return ("bloques/carta", ["carta": CartaContext.make(carta)])
        case .activity, .pause:
            guard let carta = page.carta, let row = carta.row(ofBlock: blockIndex) else {
                return nil
            }
            let template = block.content.isActivity ? "bloques/actividad" : "bloques/receso"
            return (template, ["fila": CartaContext.row(row, clock: SessionClock(start: carta.header.startMinute))])
        case .term(let term):
            return (
                "bloques/termino",
                [
                    "variantes": term.variants,
                    "tiene_variantes": !term.variants.isEmpty,
                    "siglas": term.acronyms,
                    "tiene_siglas": !term.acronyms.isEmpty,
                ]
            )
        case .references(let references):
            return ("bloques/referencias", ["referencias": references.map(Self.reference)])
        case .worksheet, .sheetCopy, .printPack:
            return ("bloques/hoja", ["hojas": printedSheets(block, blockIndex: blockIndex).map(sheet)])
        case .agenda(let agenda): return self.agenda(agenda)
        case .systemMap(let slug): return systemMap(slug)
        case .gantt(let slug):
            guard let organization = site.organization(slug), let method = site.method.organization,
                let gantt = method.gantt
            else { return nil }
            return ("bloques/gantt", GanttContext(spec: gantt, method: method).make(organization))
        case .compilation(let sections):
            return (
                "bloques/compilacion", Compilation(site: site, bodies: bodies, index: index).make(sections: sections)
            )
        }
    }

    /// A session's carta from a given start; for an organization, as it runs the session, with
    /// the times its calendar's zone gives on the session's date.
    private func agenda(_ agenda: AgendaSpec) -> (template: String, context: [String: Any])? {
        guard let cartaPage = site.sessions[agenda.session], let carta = site.pages[cartaPage].carta else {
            return nil
        }
        let link = URLPath.relative(from: page.outputPath, to: site.pages[cartaPage].outputPath)
        let start = agenda.startMinute ?? carta.header.startMinute
        guard let slug = agenda.organization, let organization = site.organization(slug),
            let session = organization.calendar.first(where: { $0.session == agenda.session })
        else {
            let clock = SessionClock(start: start, nextDay: strings["dia_siguiente"] ?? "")
            return ("bloques/carta", ["carta": CartaContext.make(carta, clock: clock, page: link)])
        }
        let adjusted = AgendaAdjustment.apply(carta, session.agenda, mealTitle: strings["comida"] ?? "")
        let clock = SessionClock(
            start: start, date: session.date, zone: TimeZone(identifier: organization.timeZone),
            nextDay: strings["dia_siguiente"] ?? "")
        return (
            "bloques/carta",
            [
                "carta": CartaContext.make(
                    adjusted, clock: clock, page: link, assumption: strings["duracion_supuesta"] ?? "")
            ]
        )
    }

    private func systemMap(_ slug: String) -> (template: String, context: [String: Any])? {
        guard let organization = site.organization(slug), let map = site.method.organization?.systemMap else {
            return nil
        }
        return (
            "bloques/mapa-del-sistema",
            [
                "src": URLPath.relative(from: page.outputPath, to: SystemMapFile.path(for: organization)),
                "organizacion": organization.name,
                "registros": organization.file(map.data)?.records.count ?? 0,
            ]
        )
    }

    func spec(_ id: String) -> WorksheetSpec? {
        guard let index = site.worksheets[id] else { return nil }
        for block in site.pages[index].blocks {
            if case .worksheet(let spec) = block.content { return spec }
        }
        return nil
    }

    /// What `bloques/hoja` sees for one printed worksheet, with its page's name and its date.
    private func sheet(_ sheet: PrintedSheet) -> [String: Any] {
        let fill = WorksheetFill(
            sheet: sheet.id, organization: sheet.organization?.slug ?? "", record: sheet.record?.key ?? "",
            schema: WorksheetFill.schema(for: sheet.spec, site: site))
        let data = sheet.view.map { view in
            sheet.record.map { view.tree(adding: $0.value, as: sheet.spec.recordName) } ?? view.tree
        }
        let context = WorksheetContext(
            site: site, title: sheet.title, spec: sheet.spec, data: data, organization: sheet.organization?.name,
            record: sheet.record.map { ($0.label, $0.name) }, fill: fill, strings: strings
        ).make()
        return context.merging([
            "pagina": sheet.marker, "fecha": sheet.date?.spanishDate ?? "", "tiene_fecha": sheet.date != nil,
        ]) { $1 }
    }

    private static func reference(_ reference: Reference) -> [String: Any] {
        [
            "clave": reference.key ?? "",
            "tiene_clave": reference.key != nil,
            "autores": reference.authors ?? "",
            "tiene_autores": reference.authors != nil,
            "anio": reference.year ?? "",
            "tiene_anio": reference.year != nil,
            "titulo": reference.title ?? "",
            "tiene_titulo": reference.title != nil,
            "publicacion": reference.publication ?? "",
            "tiene_publicacion": reference.publication != nil,
            "url": reference.url ?? "",
            "tiene_url": reference.url != nil,
            "nota": reference.note ?? "",
            "tiene_nota": reference.note != nil,
        ]
    }
}

/// Where an organization's system map is written.
enum SystemMapFile {
    static func path(for organization: Organization) -> String {
        "organizaciones/\(organization.slug)/mapa-del-sistema.svg"
    }
}

extension PageBlock.Content {
    fileprivate var isActivity: Bool {
        if case .activity = self { return true }
        return false
    }
}
