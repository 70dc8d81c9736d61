import Diagnostics
import Model

/// The pages of one organization, as the method lists them, each with the values its template
/// sees; then the sessions on its calendar and the worksheets filled with its data. Only data the
/// organization has yields a page: a file with nothing in it, no page made from it.
struct OrganizationPages {
    static let folder = "organizaciones"

    let organization: Organization
    let method: OrganizationMethod
    let context: OrganizationContext
    let order: Int
    let texts: Texts

    private var base: String { "\(Self.folder)/\(organization.slug)" }
    private var idPrefix: String { "org-\(organization.slug)" }

    /// `organizaciones/_index.md`: the organizations this site includes.
    static func section(_ organizations: [Organization], method: OrganizationMethod, texts: Texts) -> VirtualPage {
        VirtualPage(
            path: "\(folder)/_index.md",
            id: folder,
            title: texts["organizaciones"],
            order: method.order,
            summary: texts["organizaciones_resumen"],
            template: "paginas/organizaciones",
            context: [
                "organizaciones": organizations.map { organization in
                    ["nombre": organization.name, "enlace": "\(organization.slug)/_index.md"] as [String: Any]
                }
            ]
        )
    }

    func pages(worksheets: [Worksheet]) -> [VirtualPage] {
        let sheets = FilledSheet.all(for: organization, from: worksheets, context: context)
        let make = PageMaker(base: base, idPrefix: idPrefix, common: context.common(hasSheets: !sheets.isEmpty))
        var pages: [VirtualPage] = []
        var position = 0
        for spec in method.pages {
            if spec.path == "_index.md" {
                let title = spec.title.isEmpty ? organization.name : spec.title
                pages.append(make.page(spec, order: order, title: title, from: origin(of: spec)))
                continue
            }
            if let file = spec.forEach {
                pages += recordPages(spec, file: file, make)
                continue
            }
            position += 1
            guard spec.data.isEmpty || spec.data.contains(where: organization.hasData) else { continue }
            pages.append(make.page(spec, order: position, from: origin(of: spec)))
        }
        let packs = sheets.isEmpty ? [] : packs(worksheets)
        pages += sessionPages(make, order: position + 1, packs: packs)
        pages += sheetPages(make, sheets: sheets, packs: packs, order: position + 2)
        return pages
    }

    /// A page per record of `file`: `{id}` and `{titulo}` in its path, id and title are the record's.
    private func recordPages(_ spec: DataPageSpec, file: String, _ make: PageMaker) -> [VirtualPage] {
        guard let records = organization.file(file) else { return [] }
        return zip(records.ids, records.records).enumerated().compactMap { position, entry in
            let (id, record) = entry
            guard let value = context.view.record(id, in: file) else { return nil }
            let title = context.view.title(id, in: file)
            return make.page(
                spec, order: position + 1, record: (id, title), title: spec.title,
                extra: ["registro": MustacheData.value(value)], from: record.location)
        }
    }

    private func sessionPages(_ make: PageMaker, order: Int, packs: [[String: Any]]) -> [VirtualPage] {
        let scheduled = organization.calendar
        guard !scheduled.isEmpty else { return [] }
        let link: [String: Any] = [
            "agregar_al_calendario": texts["agregar_al_calendario"], "organizacion_slug": organization.slug,
        ]
        let dated = scheduled.contains { $0.date != nil }
        let index = make.page(
            "sesiones/_index.md", "sesiones", texts["org_sesiones"], order: order, template: "sesiones",
            link.merging([
                "sesiones": scheduled.map { context.schedule($0, agenda: "") },
                "calendario": dated ? "../calendario.ics" : "",
            ]) { _, new in new })
        return [index]
            + scheduled.enumerated().map { number, session in
                make.page(
                    "sesiones/sesion-\(session.session).md", "sesion-\(session.session)",
                    "\(texts["sesion"]) \(session.session)", order: number + 1, sessions: [session.session],
                    template: "sesion",
                    context.schedule(session, agenda: "").merging(link) { _, new in new }
                        .merging(packLinks(packs, session: session.session)) { _, new in new },
                    from: session.location)
            }
    }

    /// The filled worksheets and the session print packs that gather them.
    private func sheetPages(_ make: PageMaker, sheets: [FilledSheet], packs: [[String: Any]], order: Int)
        -> [VirtualPage]
    {
        guard !sheets.isEmpty else { return [] }
        var pages = [
            make.page(
                "hojas/_index.md", "hojas", texts["org_hojas"], order: order, template: "hojas",
                ["hojas": sheets.map(\.listing), "paquetes": packs])
        ]
        for (number, sheet) in sheets.enumerated() {
            pages.append(
                make.page(
                    "hojas/\(sheet.file).md", "hoja-\(sheet.file)", sheet.title, order: number + 1,
                    sessions: sheet.sessions, template: "hoja", sheet.context, from: sheet.worksheet.location))
        }
        var order = sheets.count
        for pack in packs {
            guard let session = pack["sesion"] as? Int else { continue }
            for audience in PrintAudience.allCases where pack["tiene_\(audience.rawValue)"] as? Bool == true {
                order += 1
                let name = PrintPackPage.name(session: session, for: audience)
                pages.append(
                    make.page(
                        "hojas/\(name).md", name, texts.packTitle(session: session, for: audience), order: order,
                        sessions: [session], template: "paquete",
                        pack.merging(["para": audience.rawValue, "es_\(audience.rawValue)": true]) { $1 }))
            }
        }
        return pages
    }

    /// The links from a session's page to its print packs (each key always present).
    private func packLinks(_ packs: [[String: Any]], session: Int) -> [String: Any] {
        let pack = packs.first { $0["sesion"] as? Int == session }
        var links: [String: Any] = ["tiene_paquetes": pack != nil]
        for audience in PrintAudience.allCases {
            let link = pack?["enlace_\(audience.rawValue)"] as? String ?? ""
            links["paquete_\(audience.rawValue)"] = link.isEmpty ? "" : "../hojas/\(link)"
            links["tiene_paquete_\(audience.rawValue)"] = !link.isEmpty
        }
        return links
    }

    /// The data file a page is made from, where a problem with the page is reported.
    private func origin(of spec: DataPageSpec) -> SourceLocation? {
        let name = spec.data.first { organization.hasData($0) } ?? spec.data.first
        guard let file = name.flatMap(method.file(named:)) else { return nil }
        let written =
            switch file.shape {
            case .yaml(let path), .csv(let path), .folder(let path): path
            }
        return SourceLocation(file: "\(organization.folder)/\(written)", line: 0)
    }

    /// The sessions whose worksheets make print packs, with the organization's slug, the session's
    /// start when it is scheduled and, for each audience that has sheets, its pack's link.
    private func packs(_ worksheets: [Worksheet]) -> [[String: Any]] {
        let scheduled = Dictionary(organization.calendar.map { ($0.session, $0) }) { first, _ in first }
        return Set(worksheets.flatMap(\.spec.sessions)).sorted().map { session in
            var pack: [String: Any] = [
                "sesion": session, "organizacion_slug": organization.slug, "id_carta": context.cartas[session] ?? "",
                "inicio": scheduled[session].map { DurationText.clock(minutes: $0.startMinute) } ?? "",
                "programada": scheduled[session] != nil, "es_participantes": false, "es_facilitacion": false,
            ]
            for audience in PrintAudience.allCases {
                // The facilitator's pack always holds the session's agenda, even with no sheet of theirs.
                let has =
                    audience == .facilitation
                    || worksheets.contains { $0.spec.sessions.contains(session) && $0.spec.audience == audience }
                pack["tiene_\(audience.rawValue)"] = has
                pack["enlace_\(audience.rawValue)"] =
                    has ? "\(PrintPackPage.name(session: session, for: audience)).md" : ""
            }
            return pack
        }
    }
}

/// Makes one organization's pages: under its folder, with its id prefix and the values every one
/// of its templates sees.
private struct PageMaker {
    let base: String
    let idPrefix: String
    let common: [String: Any]

    /// A page the method describes; `record` fills `{id}` and `{titulo}`.
    func page(
        _ spec: DataPageSpec, order: Int, record: (id: String, title: String)? = nil, title: String? = nil,
        extra: [String: Any] = [:], from origin: SourceLocation?
    ) -> VirtualPage {
        func filled(_ text: String) -> String {
            guard let record else { return text }
            return text.replacingOccurrences(of: "{id}", with: record.id)
                .replacingOccurrences(of: "{titulo}", with: record.title)
        }
        return page(
            filled(spec.path), filled(spec.id), filled(title ?? spec.title), order: order, sessions: spec.sessions,
            template: spec.template, extra, from: origin)
    }

    func page(
        _ path: String, _ id: String, _ title: String, order: Int, sessions: [Int] = [], template: String,
        _ extra: [String: Any] = [:], from origin: SourceLocation? = nil
    ) -> VirtualPage {
        VirtualPage(
            path: "\(base)/\(path)", origin: origin, id: id.isEmpty ? idPrefix : "\(idPrefix)-\(id)",
            title: title, order: order, summary: nil, sessions: sessions,
            template: "paginas/organizacion/\(template)", context: common.merging(extra) { _, new in new })
    }
}
