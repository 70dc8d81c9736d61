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

    private var page: LinkedPage { site.pages[index] }

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
        case .worksheet(let spec):
            let fill = WorksheetFill(
                sheet: page.id, organization: "", record: "",
                schema: WorksheetFill.schema(for: spec, site: site))
            let sheet = WorksheetContext(
                site: site, title: page.title, spec: spec, data: nil, organization: nil, record: nil, fill: fill)
            return ("bloques/hoja", ["hojas": [sheet.make()]])
        case .sheetCopy(let copy):
            return ("bloques/hoja", ["hojas": sheets(copy.sheet, organization: copy.organization, record: copy.record)])
        case .printPack(let pack):
            let ids = site.worksheets.sorted { $0.value < $1.value }.map(\.key)
                .filter { id in spec(id)?.sessions.contains(pack.session) == true }
            return ("bloques/hoja", ["hojas": ids.flatMap { sheets($0, organization: pack.organization, record: nil) }])
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

    private func spec(_ id: String) -> WorksheetSpec? {
        guard let index = site.worksheets[id] else { return nil }
        for block in site.pages[index].blocks {
            if case .worksheet(let spec) = block.content { return spec }
        }
        return nil
    }

    /// A worksheet printed blank, or filled for an organization: once, or once per record when
    /// the sheet is filled per record and none is named.
    private func sheets(_ id: String, organization slug: String?, record recordID: String?) -> [[String: Any]] {
        guard let spec = spec(id), let index = site.worksheets[id] else { return [] }
        let title = site.pages[index].title
        let schema = WorksheetFill.schema(for: spec, site: site)
        guard let slug, let organization = site.organization(slug), let view = site.views[slug] else {
            let fill = WorksheetFill(sheet: id, organization: "", record: "", schema: schema)
            return [
                WorksheetContext(
                    site: site, title: title, spec: spec, data: nil, organization: nil, record: nil, fill: fill
                ).make()
            ]
        }
        guard let file = spec.forEach?.text, let records = organization.file(file) else {
            let fill = WorksheetFill(sheet: id, organization: slug, record: "", schema: schema)
            return [
                WorksheetContext(
                    site: site, title: title, spec: spec, data: view.tree, organization: organization.name, record: nil,
                    fill: fill
                ).make()
            ]
        }
        let label = site.method.organization?.file(named: file)?.label ?? spec.recordName
        let ids = recordID.map { [$0] } ?? records.ids
        return ids.compactMap { key in
            guard let record = view.record(key, in: file) else { return nil }
            return WorksheetContext(
                site: site, title: title, spec: spec, data: view.tree(adding: record, as: spec.recordName),
                organization: organization.name, record: (label, view.title(key, in: file)),
                fill: WorksheetFill(sheet: id, organization: slug, record: key, schema: schema)
            ).make()
        }
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
