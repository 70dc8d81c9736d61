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
        let common = context.common
        func page(
            _ path: String, _ id: String, _ title: String, order: Int, sessions: [Int] = [], template: String,
            _ extra: [String: Any] = [:], from origin: SourceLocation? = nil
        ) -> VirtualPage {
            VirtualPage(
                path: "\(base)/\(path)", origin: origin, id: id.isEmpty ? idPrefix : "\(idPrefix)-\(id)",
                title: title, order: order, summary: nil, sessions: sessions,
                template: "paginas/organizacion/\(template)", context: common.merging(extra) { _, new in new })
        }

        var pages: [VirtualPage] = []
        let sheets = filledSheets(worksheets, context: context)
        pages.append(
            page(
                "_index.md", "", organization.name, order: order, template: "inicio",
                context.overview(sheets: !sheets.isEmpty), from: dataFile(OrganizationSchema.profileFile)))
        if !organization.actors.isEmpty {
            pages.append(
                page(
                    "sistema.md", "sistema", texts["org_sistema"], order: 1, sessions: [2], template: "sistema",
                    context.system, from: dataFile(OrganizationSchema.actorsFile)))
        }
        if !organization.allies.isEmpty {
            pages.append(
                page(
                    "aliados/_index.md", "aliados", texts["org_aliados"], order: 2, sessions: [5], template: "aliados",
                    context.allies))
            for (index, ally) in organization.allies.enumerated() {
                pages.append(
                    page(
                        "aliados/\(ally.id).md", "aliado-\(ally.id)", context.allyName(ally), order: index + 1,
                        sessions: [5], template: "aliado", context.ally(ally), from: ally.record.location))
            }
        }
        if organization.strategies != nil {
            pages.append(
                page(
                    "estrategias.md", "estrategias", texts["org_estrategias"], order: 3, sessions: [6],
                    template: "estrategias", context.strategies, from: dataFile(OrganizationSchema.strategiesFile)))
        }
        if organization.resultsMap != nil {
            pages.append(
                page(
                    "mapa-de-resultados.md", "mapa-de-resultados", texts["org_mapa_de_resultados"], order: 4,
                    sessions: [6], template: "mapa-de-resultados", context.results,
                    from: dataFile(OrganizationSchema.resultsFile)))
        }
        if organization.strategies != nil || organization.resultsMap != nil {
            pages.append(
                page(
                    "plan-de-alianzas.md", "plan-de-alianzas", texts["org_plan_de_alianzas"], order: 5, sessions: [6],
                    template: "plan-de-alianzas", context.alliancePlan))
        }
        if !organization.workPlan.isEmpty {
            pages.append(
                page(
                    "plan-de-trabajo.md", "plan-de-trabajo", texts["org_plan_de_trabajo"], order: 6,
                    template: "plan-de-trabajo", from: dataFile(OrganizationSchema.workPlanFile)))
        }
        let scheduled = organization.scheduledSessions
        if !scheduled.isEmpty {
            pages.append(
                page(
                    "sesiones/_index.md", "sesiones", texts["org_sesiones"], order: 7, template: "sesiones",
                    context.schedule))
            for (index, session) in scheduled.enumerated() {
                pages.append(
                    page(
                        "sesiones/sesion-\(session.session).md", "sesion-\(session.session)",
                        "\(texts["sesion"]) \(session.session)", order: index + 1, sessions: [session.session],
                        template: "sesion", context.session(session)))
            }
        }
        if !sheets.isEmpty {
            pages.append(
                page(
                    "hojas/_index.md", "hojas", texts["org_hojas"], order: 8, template: "hojas",
                    ["hojas": sheets.map(\.listing), "paquetes": packs(worksheets)]))
            for (index, sheet) in sheets.enumerated() {
                pages.append(
                    page(
                        "hojas/\(sheet.file).md", "hoja-\(sheet.file)", sheet.title, order: index + 1,
                        sessions: sheet.sessions, template: "hoja", sheet.context, from: sheet.worksheet.location))
            }
            for (index, pack) in packs(worksheets).enumerated() {
                guard let session = pack["sesion"] as? Int else { continue }
                pages.append(
                    page(
                        "hojas/paquete-sesion-\(session).md", "paquete-sesion-\(session)",
                        "\(texts["paquete_de_impresion"]) \(session)", order: sheets.count + index + 1,
                        sessions: [session], template: "paquete", pack))
            }
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
