import Diagnostics
import Model

/// LINK for what data blocks and organizations name: worksheets' data paths, copies of
/// worksheets, sessions of agendas and print packs, organizations and their allies, the cards'
/// source section, and the sessions an organization schedules. Pure.
struct DataReferenceChecker {
    let pages: [LinkedPage]
    let sources: [SourcePage]
    let pageByID: [String: Int]
    let sessions: [Int: Int]
    let organizations: [Organization]

    /// Worksheet id → index of its page.
    var worksheets: [String: Int] {
        var worksheets: [String: Int] = [:]
        for (index, page) in pages.enumerated()
        where page.blocks.contains(where: { if case .worksheet = $0.content { true } else { false } }) {
            worksheets[page.id] = index
        }
        return worksheets
    }

    func check(diagnostics: inout DiagnosticList) {
        let worksheets = self.worksheets
        for page in pages {
            for block in page.blocks {
                switch block.content {
                case .worksheet(let spec): check(spec, diagnostics: &diagnostics)
                case .sheetCopy(let copy):
                    if worksheets[copy.sheet] == nil {
                        diagnostics.append(
                            .error(
                                "hoja-no-encontrada",
                                "no hay ninguna hoja de trabajo con el id «\(copy.sheet)»\(Suggestion.phrase(for: copy.sheet, in: worksheets.keys))",
                                at: copy.location))
                    }
                    if let slug = copy.organization,
                        let organization = organization(slug, at: copy.location, &diagnostics),
                        let ally = copy.ally, organization.ally(ally) == nil
                    {
                        diagnostics.append(
                            .error(
                                "aliado-no-encontrado",
                                "«\(organization.name)» no tiene un aliado «\(ally)»\(Suggestion.phrase(for: ally, in: organization.allies.map(\.id)))",
                                at: copy.location))
                    }
                case .printPack(let pack):
                    session(pack.session, at: pack.location, &diagnostics)
                    if let slug = pack.organization { _ = organization(slug, at: pack.location, &diagnostics) }
                case .agenda(let agenda): session(agenda.session, at: agenda.location, &diagnostics)
                case .systemMap(let slug), .gantt(let slug): _ = organization(slug, at: block.location, &diagnostics)
                case .compilation(let sections):
                    for id in sections where pageByID[id] == nil {
                        diagnostics.append(
                            .error(
                                "ref-no-encontrada",
                                "no existe ninguna página con el id «\(id)»\(Suggestion.phrase(for: id, in: pageByID.keys))",
                                at: block.location))
                    }
                default: break
                }
            }
        }
        for organization in organizations {
            for scheduled in organization.scheduledSessions {
                session(scheduled.session, at: scheduled.location, &diagnostics)
            }
        }
    }

    private func check(_ spec: WorksheetSpec, diagnostics: inout DiagnosticList) {
        let allPaths = WorksheetData.schema.paths()
        for part in spec.parts {
            switch part {
            case .questions(_, let items):
                for item in items { if let path = item.data { expect(path, allPaths, spec, .value, &diagnostics) } }
            case .checklist(_, let items):
                for item in items { if let path = item.data { expect(path, allPaths, spec, .flag, &diagnostics) } }
            case .table(let table):
                guard let path = table.data, let schema = expect(path, allPaths, spec, .list, &diagnostics) else {
                    continue
                }
                let fields = schema.paths().filter { !$0.contains(".") }
                for field in table.fields where !field.isEmpty && !fields.contains(field) {
                    diagnostics.append(
                        .error(
                            "campo-no-encontrado",
                            "los elementos de «\(path.path)» no tienen el campo «\(field)»\(Suggestion.phrase(for: field, in: fields)) (campos: \(fields.joined(separator: ", ")))",
                            at: path.location))
                }
            case .cards(let page, let section, let location):
                guard let index = pageByID[page] else {
                    diagnostics.append(
                        .error(
                            "ref-no-encontrada",
                            "no existe ninguna página con el id «\(page)»\(Suggestion.phrase(for: page, in: pageByID.keys))",
                            at: location))
                    continue
                }
                if pages[index].heading(anchored: section) == nil {
                    diagnostics.append(
                        .error(
                            "ancla-no-encontrada",
                            "la página «\(pages[index].numberedTitle)» no tiene el encabezado «#\(section)»\(Suggestion.phrase(for: section, in: pages[index].anchors))",
                            at: location))
                }
            case .flipchart: break
            }
        }
    }

    private enum Expected {
        case value, flag, list
    }

    /// The schema at `path`, reporting a path that does not exist or names the wrong kind of data.
    @discardableResult
    private func expect(
        _ path: DataPath,
        _ allPaths: [String],
        _ spec: WorksheetSpec,
        _ expected: Expected,
        _ diagnostics: inout DiagnosticList
    ) -> DataSchema? {
        var schema: DataSchema? = WorksheetData.schema
        for part in path.path.split(separator: ".") { schema = schema?.child(String(part)) }
        guard let schema else {
            diagnostics.append(
                .error(
                    "dato-no-encontrado",
                    "no hay ningún dato «\(path.path)» (los datos que una hoja puede usar están en el README)\(Suggestion.phrase(for: path.path, in: allPaths))",
                    at: path.location))
            return nil
        }
        if path.path.hasPrefix("aliado."), !spec.perAlly {
            diagnostics.append(
                .error(
                    "dato-de-aliado",
                    "«\(path.path)» es un dato de un aliado: agrega `por_aliado: true` a la hoja para llenarla una vez por aliado",
                    at: path.location))
        }
        let fits =
            switch (expected, schema) {
            case (.flag, .flag): true
            case (.flag, _): false
            case (.list, _): schema.isList
            case (.value, .record): false
            case (.value, _): true
            }
        if !fits {
            let wanted =
                switch expected {
                case .flag: "un dato de sí o no"
                case .list: "una lista"
                case .value: "un dato de texto o una lista, no un grupo de datos"
                }
            diagnostics.append(
                .error("dato-no-valido", "«\(path.path)» no es \(wanted) para esta parte de la hoja", at: path.location)
            )
        }
        return schema
    }

    private func session(_ number: Int, at location: SourceLocation, _ diagnostics: inout DiagnosticList) {
        guard sessions[number] == nil else { return }
        let known = sessions.keys.sorted().map(String.init).joined(separator: ", ")
        let listed =
            known.isEmpty
            ? "ninguna página tiene un bloque `carta` con `sesion:`" : "hay cartas de las sesiones \(known)"
        diagnostics.append(
            .error("sesion-no-encontrada", "el paquete no tiene una Sesión \(number) (\(listed))", at: location))
    }

    private func organization(_ slug: String, at location: SourceLocation, _ diagnostics: inout DiagnosticList)
        -> Organization?
    {
        if let organization = organizations.first(where: { $0.slug == slug }) { return organization }
        diagnostics.append(
            .error(
                "organizacion-no-incluida",
                "la organización «\(slug)» no está en este sitio; nómbrala en `organizaciones:` de libro.yml o usa --organizacion",
                at: location))
        return nil
    }
}
