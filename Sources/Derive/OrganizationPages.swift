import Diagnostics
import Model

/// The pages of one organization, each with the values its template sees. Only data the
/// organization has yields a page: no allies, no allies' pages.
struct OrganizationPages {
    static let folder = "organizaciones"

    let organization: Organization
    let order: Int
    let texts: Texts

    private var base: String { "\(Self.folder)/\(organization.slug)" }
    private var idPrefix: String { "org-\(organization.slug)" }

    /// `organizaciones/_index.md`: the organizations this site includes.
    static func section(_ organizations: [Organization], texts: Texts) -> VirtualPage {
        VirtualPage(
            path: "\(folder)/_index.md",
            id: folder,
            title: texts["organizaciones"],
            order: 6,
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
        let context = OrganizationContext(organization: organization)
        let make = PageMaker(base: base, idPrefix: idPrefix, common: context.common)
        let sheets = filledSheets(worksheets, context: context)
        var pages = [
            make.page(
                "_index.md", "", organization.name, order: order, template: "inicio",
                context.overview(sheets: !sheets.isEmpty), from: dataFile(OrganizationSchema.profileFile))
        ]
        if !organization.actors.isEmpty {
            pages.append(
                make.page(
                    "sistema.md", "sistema", texts["org_sistema"], order: 1, sessions: [2], template: "sistema",
                    context.system, from: dataFile(OrganizationSchema.actorsFile)))
        }
        pages += allyPages(make, context)
        pages += planPages(make, context)
        pages += sessionPages(make, context)
        pages += sheetPages(make, sheets: sheets, packs: packs(worksheets))
        return pages
    }

    private func allyPages(_ make: PageMaker, _ context: OrganizationContext) -> [VirtualPage] {
        guard !organization.allies.isEmpty else { return [] }
        let index = make.page(
            "aliados/_index.md", "aliados", texts["org_aliados"], order: 2, sessions: [5], template: "aliados",
            context.allies)
        return [index]
            + organization.allies.enumerated().map { number, ally in
                make.page(
                    "aliados/\(ally.id).md", "aliado-\(ally.id)", context.allyName(ally), order: number + 1,
                    sessions: [5], template: "aliado", context.ally(ally), from: ally.record.location)
            }
    }

    /// Strategies, the results map and the two plans made from them.
    private func planPages(_ make: PageMaker, _ context: OrganizationContext) -> [VirtualPage] {
        var pages: [VirtualPage] = []
        if organization.strategies != nil {
            pages.append(
                make.page(
                    "estrategias.md", "estrategias", texts["org_estrategias"], order: 3, sessions: [6],
                    template: "estrategias", context.strategies, from: dataFile(OrganizationSchema.strategiesFile)))
        }
        if organization.resultsMap != nil {
            pages.append(
                make.page(
                    "mapa-de-resultados.md", "mapa-de-resultados", texts["org_mapa_de_resultados"], order: 4,
                    sessions: [6], template: "mapa-de-resultados", context.results,
                    from: dataFile(OrganizationSchema.resultsFile)))
        }
        if organization.strategies != nil || organization.resultsMap != nil {
            pages.append(
                make.page(
                    "plan-de-alianzas.md", "plan-de-alianzas", texts["org_plan_de_alianzas"], order: 5,
                    sessions: [6], template: "plan-de-alianzas", context.alliancePlan))
        }
        if !organization.workPlan.isEmpty {
            pages.append(
                make.page(
                    "plan-de-trabajo.md", "plan-de-trabajo", texts["org_plan_de_trabajo"], order: 6,
                    template: "plan-de-trabajo", from: dataFile(OrganizationSchema.workPlanFile)))
        }
        return pages
    }

    private func sessionPages(_ make: PageMaker, _ context: OrganizationContext) -> [VirtualPage] {
        let scheduled = organization.scheduledSessions
        guard !scheduled.isEmpty else { return [] }
        let index = make.page(
            "sesiones/_index.md", "sesiones", texts["org_sesiones"], order: 7, template: "sesiones", context.schedule)
        return [index]
            + scheduled.enumerated().map { number, session in
                make.page(
                    "sesiones/sesion-\(session.session).md", "sesion-\(session.session)",
                    "\(texts["sesion"]) \(session.session)", order: number + 1, sessions: [session.session],
                    template: "sesion", context.session(session))
            }
    }

    /// The filled worksheets and the session print packs that gather them.
    private func sheetPages(_ make: PageMaker, sheets: [FilledSheet], packs: [[String: Any]]) -> [VirtualPage] {
        guard !sheets.isEmpty else { return [] }
        var pages = [
            make.page(
                "hojas/_index.md", "hojas", texts["org_hojas"], order: 8, template: "hojas",
                ["hojas": sheets.map(\.listing), "paquetes": packs])
        ]
        for (number, sheet) in sheets.enumerated() {
            pages.append(
                make.page(
                    "hojas/\(sheet.file).md", "hoja-\(sheet.file)", sheet.title, order: number + 1,
                    sessions: sheet.sessions, template: "hoja", sheet.context, from: sheet.worksheet.location))
        }
        for (number, pack) in packs.enumerated() {
            guard let session = pack["sesion"] as? Int else { continue }
            pages.append(
                make.page(
                    "hojas/paquete-sesion-\(session).md", "paquete-sesion-\(session)",
                    "\(texts["paquete_de_impresion"]) \(session)", order: sheets.count + number + 1,
                    sessions: [session], template: "paquete", pack))
        }
        return pages
    }

    /// A data file of the organization, where a problem of the page made from it is reported.
    private func dataFile(_ name: String) -> SourceLocation {
        SourceLocation(file: "\(organization.folder)/\(name)", line: 0)
    }

    /// One filled copy per worksheet that names data the organization has; per ally when the
    /// sheet is filled for each ally.
    private func filledSheets(_ worksheets: [Worksheet], context: OrganizationContext) -> [FilledSheet] {
        var sheets: [FilledSheet] = []
        for worksheet in worksheets {
            let roots = worksheet.dataRoots
            if worksheet.spec.perAlly {
                for ally in organization.allies {
                    sheets.append(
                        FilledSheet(
                            worksheet: worksheet, ally: ally,
                            allyName: context.allyName(ally),
                            organization: organization.slug))
                }
            } else if !roots.isEmpty, roots.contains(where: hasData) {
                sheets.append(
                    FilledSheet(worksheet: worksheet, ally: nil, allyName: nil, organization: organization.slug))
            }
        }
        return sheets
    }

    private func hasData(_ root: String) -> Bool {
        switch root {
        case "organizacion": true
        case "actores": !organization.actors.isEmpty
        case "estrategias": organization.strategies != nil
        case "resultados", "plan": organization.resultsMap != nil
        case "plan_de_trabajo": !organization.workPlan.isEmpty
        default: false
        }
    }

    /// The sessions whose worksheets make a print pack, with the organization's slug.
    private func packs(_ worksheets: [Worksheet]) -> [[String: Any]] {
        Set(worksheets.flatMap(\.spec.sessions)).sorted().map { session in
            ["sesion": session, "enlace": "paquete-sesion-\(session).md", "organizacion_slug": organization.slug]
        }
    }
}

/// A worksheet filled for the organization (and one of its allies).
struct FilledSheet {
    let worksheet: Worksheet
    let ally: Organization.Ally?
    let allyName: String?
    let organization: String

    var file: String { ally.map { "\(worksheet.fileStem)-\($0.id)" } ?? worksheet.fileStem }
    var title: String { allyName.map { "\(worksheet.title): \($0)" } ?? worksheet.title }
    var sessions: [Int] { worksheet.spec.sessions }

    var listing: [String: Any] {
        ["titulo": title, "enlace": "\(file).md", "sesiones": sessions.map(String.init).joined(separator: ", ")]
    }

    var context: [String: Any] {
        [
            "hoja_id": worksheet.id,
            "hoja_titulo": worksheet.title,
            "aliado_id": ally?.id ?? "",
            "tiene_aliado": ally != nil,
            "aliado_nombre": allyName ?? "",
        ]
    }
}

/// Makes one organization's pages: under its folder, with its id prefix and the values every one
/// of its templates sees.
private struct PageMaker {
    let base: String
    let idPrefix: String
    let common: [String: Any]

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
