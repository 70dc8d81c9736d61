import Diagnostics
import Model

/// LINK for what data blocks and organizations name: worksheets' data paths, copies of
/// worksheets, sessions of agendas and print packs, organizations and their records, the cards'
/// source section, and the sessions an organization's data names. Pure.
struct DataReferenceChecker {
    let pages: [LinkedPage]
    let sources: [SourcePage]
    let pageByID: [String: Int]
    let sessions: [Int: Int]
    let organizations: [Organization]
    /// What an organization keeps; nil when the package describes none.
    let method: OrganizationMethod?
    /// The data view's shape for `method`, the same for every worksheet.
    let schema: DataSchema?

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
                check(block, worksheets: worksheets, schema: schema, &diagnostics)
            }
        }
        guard let method else { return }
        for organization in organizations {
            for spec in method.files {
                for record in organization.file(spec.name)?.records ?? [] {
                    checkSessions(in: .record(record), spec.schema, at: record.location, &diagnostics)
                }
            }
        }
    }

    private func check(
        _ block: PageBlock, worksheets: [String: Int], schema: DataSchema?, _ diagnostics: inout DiagnosticList
    ) {
        switch block.content {
        case .worksheet(let spec): check(spec, schema: schema, diagnostics: &diagnostics)
        case .sheetCopy(let copy): check(copy, worksheets: worksheets, &diagnostics)
        case .printPack(let pack):
            session(pack.session, at: pack.location, &diagnostics)
            if let slug = pack.organization { _ = organization(slug, at: pack.location, &diagnostics) }
        case .agenda(let agenda):
            session(agenda.session, at: agenda.location, &diagnostics)
            if let slug = agenda.organization { _ = organization(slug, at: agenda.location, &diagnostics) }
        case .systemMap(let slug), .gantt(let slug):
            let kind = if case .gantt = block.content { "gantt" } else { "mapa-del-sistema" }
            if method.map({ kind == "gantt" ? $0.gantt == nil : $0.systemMap == nil }) ?? true {
                diagnostics.append(
                    .error(
                        "bloque-sin-metodo",
                        "el bloque `\(kind)` dibuja datos de una organización, pero metodo.yml no dice cuáles: agrega `\(kind == "gantt" ? "gantt" : "mapa_del_sistema"):` en `organizacion:`",
                        at: block.location))
            }
            _ = organization(slug, at: block.location, &diagnostics)
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

    private func check(_ copy: SheetCopy, worksheets: [String: Int], _ diagnostics: inout DiagnosticList) {
        if worksheets[copy.sheet] == nil {
            diagnostics.append(
                .error(
                    "hoja-no-encontrada",
                    "no hay ninguna hoja de trabajo con el id «\(copy.sheet)»\(Suggestion.phrase(for: copy.sheet, in: worksheets.keys))",
                    at: copy.location))
        }
        guard let slug = copy.organization, let organization = organization(slug, at: copy.location, &diagnostics),
            let id = copy.record, let index = worksheets[copy.sheet],
            let file = worksheetSpec(at: index)?.forEach?.text, let records = organization.file(file)
        else { return }
        if !records.ids.contains(id) {
            diagnostics.append(
                .error(
                    "registro-no-encontrado",
                    "«\(organization.name)» no tiene un registro «\(id)» en `\(file)`\(Suggestion.phrase(for: id, in: records.ids))",
                    at: copy.location))
        }
    }

    private func worksheetSpec(at index: Int) -> WorksheetSpec? {
        for block in pages[index].blocks {
            if case .worksheet(let spec) = block.content { return spec }
        }
        return nil
    }

    private func check(_ spec: WorksheetSpec, schema: DataSchema?, diagnostics: inout DiagnosticList) {
        let paths = spec.dataPaths
        guard let method, let schema else {
            if let first = paths.first ?? spec.forEach.map({ DataPath($0.text, at: $0.location) }) {
                diagnostics.append(
                    .error(
                        "dato-sin-metodo",
                        "la hoja toma datos de una organización, pero el paquete no describe qué guarda una: agrega `organizacion:` a metodo.yml",
                        at: first.location))
            }
            checkCards(spec, &diagnostics)
            return
        }
        var record: (file: String, name: String)?
        if let forEach = spec.forEach {
            if let file = method.file(named: forEach.text), file.hasIDs {
                record = (file.name, spec.recordName)
            } else {
                let files = method.files.filter(\.hasIDs).map(\.name)
                diagnostics.append(
                    .error(
                        "por-cada-no-valido",
                        "«\(forEach.text)» no es un archivo de la organización con un registro por id\(Suggestion.phrase(for: forEach.text, in: files)) (se puede usar: \(files.joined(separator: ", ")))",
                        at: forEach.location))
            }
        }
        let sheet = DataViewSchema.sheet(schema, record: record?.file, as: spec.recordName)
        checkPaths(spec, schema: sheet, &diagnostics)
        checkCards(spec, &diagnostics)
    }

    private func checkPaths(_ spec: WorksheetSpec, schema: DataSchema, _ diagnostics: inout DiagnosticList) {
        for part in spec.parts {
            switch part {
            case .questions(_, let items):
                for item in items {
                    if let path = item.data { expect(path, schema, .value, &diagnostics) }
                }
            case .checklist(_, let items):
                for item in items {
                    if let path = item.data { expect(path, schema, .flag, &diagnostics) }
                }
            case .table(let table):
                guard let path = table.data, let found = expect(path, schema, .list, &diagnostics) else {
                    continue
                }
                // A column may name a field of the item or go down from it (`padre.nombre`).
                let fields = found.paths().filter { !$0.contains(".") }
                checkMonthColumns(table, in: found, at: path, &diagnostics)
                for field in table.fields
                where !field.isEmpty && MonthColumn(field) == nil && found.child(path: field) == nil {
                    diagnostics.append(
                        .error(
                            "campo-no-encontrado",
                            "los elementos de «\(path.path)» no tienen el campo «\(field)»\(Suggestion.phrase(for: field, in: fields)) (campos: \(fields.joined(separator: ", ")))",
                            at: path.location))
                }
            case .cards, .flipchart: break
            }
        }
    }

    /// A month column (`meses:3`) marks a month of a field that holds months.
    private func checkMonthColumns(
        _ table: WorksheetTable, in found: DataSchema, at path: DataPath, _ diagnostics: inout DiagnosticList
    ) {
        for column in table.fields.compactMap({ MonthColumn($0) }) where found.child(path: column.field) != .months {
            diagnostics.append(
                .error(
                    "campo-no-es-meses",
                    "«\(column.field):\(column.month)» marca un mes, pero «\(column.field)» no es un campo de meses en los elementos de «\(path.path)»",
                    at: path.location))
        }
    }

    private func checkCards(_ spec: WorksheetSpec, _ diagnostics: inout DiagnosticList) {
        for part in spec.parts {
            guard case .cards(let page, let section, let location) = part else { continue }
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
        }
    }

    private enum Expected {
        case value, flag, list
    }

    /// The schema at `path`, reporting a path that does not exist or names the wrong kind of data.
    @discardableResult
    private func expect(
        _ path: DataPath,
        _ root: DataSchema,
        _ expected: Expected,
        _ diagnostics: inout DiagnosticList
    ) -> DataSchema? {
        var found: DataSchema? = root
        for part in path.path.split(separator: ".") { found = found?.child(String(part)) }
        guard let schema = found else {
            diagnostics.append(
                .error(
                    "dato-no-encontrado",
                    "no hay ningún dato «\(path.path)» en lo que guarda una organización (metodo.yml)\(Suggestion.phrase(for: path.path, in: root.paths()))",
                    at: path.location))
            return nil
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

    /// Numbers that name the package's sessions (`referencia: sesiones`) name one with a carta.
    private func checkSessions(
        in value: DataValue, _ schema: DataSchema, at location: SourceLocation, _ diagnostics: inout DiagnosticList
    ) {
        switch (value, schema) {
        case (.record(let record), .record(let fields)):
            for field in fields {
                guard let inner = record[field.name] else { continue }
                if field.reference == OrganizationMethod.sessions {
                    let numbers = inner.number.map { [$0] } ?? inner.list.compactMap(\.number)
                    for number in numbers { session(number, at: record.location(of: field.name), &diagnostics) }
                }
                checkSessions(in: inner, field.schema, at: record.location(of: field.name), &diagnostics)
            }
        case (.list(let items), .list(let item)):
            for entry in items { checkSessions(in: entry, item, at: entry.record?.location ?? location, &diagnostics) }
        default:
            break
        }
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
