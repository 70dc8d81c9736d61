import Diagnostics
import Model
import Yams

/// Decodes a worksheet's `hoja` block: its format, sessions and parts.
enum WorksheetBlockDecoder {
    static let keys = ["sesiones", "formato", "por_cada", "como", "partes"]
    static let partKinds = ["preguntas", "tabla", "casillas", "tarjetas", "rotafolio"]

    static func worksheet(
        _ fields: YAMLMapping,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> WorksheetSpec? {
        fields.rejectUnknownKeys(allowed: keys, what: "el bloque `hoja`", diagnostics: &diagnostics)
        var spec = WorksheetSpec()
        spec.sessions = fields.sessionNumbers("sesiones", diagnostics: &diagnostics)
        spec.format = fields.choice("formato", as: WorksheetSpec.Format.self, diagnostics: &diagnostics) ?? .sheet
        spec.forEach = fields.locatedText("por_cada", diagnostics: &diagnostics)
        spec.recordName = fields.string("como", diagnostics: &diagnostics) ?? spec.recordName
        guard let parts = fields.value("partes")?.sequence else {
            diagnostics.append(
                .error(
                    "hoja-sin-partes",
                    "falta `partes:`: la lista de lo que lleva la hoja (`preguntas`, `tabla`, `casillas`, `tarjetas` o `rotafolio`)",
                    at: fields.locationOfValue("partes") ?? context.location
                )
            )
            return nil
        }
        for node in parts {
            if let part = part(node, fields, &diagnostics) { spec.parts.append(part) }
        }
        return spec
    }

    /// One item of `partes`: a mapping with a single key naming its kind.
    private static func part(_ node: Node, _ parent: YAMLMapping, _ diagnostics: inout DiagnosticList)
        -> WorksheetPart?
    {
        guard let mapping = node.mapping, mapping.count == 1, let (kindNode, body) = mapping.first,
            let kind = kindNode.string, partKinds.contains(kind)
        else {
            let written = node.mapping?.first?.key.string ?? ""
            diagnostics.append(
                .error(
                    "parte-desconocida",
                    "cada parte de la hoja empieza con uno de: \(partKinds.joined(separator: ", "))\(Suggestion.phrase(for: written, in: partKinds))",
                    at: parent.location(of: node)
                )
            )
            return nil
        }
        guard
            let fields = YAMLMapping(
                body, what: "la parte `\(kind)`", in: parent.source, firstLine: parent.firstLine,
                diagnostics: &diagnostics)
        else { return nil }
        let title = fields.string("titulo", diagnostics: &diagnostics)
        switch kind {
        case "preguntas":
            fields.rejectUnknownKeys(
                allowed: ["titulo", "elementos"], what: "la parte `preguntas`", diagnostics: &diagnostics)
            let items = elements(fields, keys: ["texto", "lineas", "dato"], &diagnostics) { item, diagnostics in
                WorksheetQuestion(
                    text: item.string("texto", diagnostics: &diagnostics) ?? "",
                    lines: item.int("lineas", diagnostics: &diagnostics) ?? 3,
                    data: path(item, "dato", &diagnostics)
                )
            }
            return .questions(title: title, items: items)
        case "tabla":
            return .table(table(fields, title: title, &diagnostics))
        case "casillas":
            fields.rejectUnknownKeys(
                allowed: ["titulo", "elementos"], what: "la parte `casillas`", diagnostics: &diagnostics)
            let items = elements(fields, keys: ["texto", "dato"], &diagnostics) { item, diagnostics in
                WorksheetCheck(
                    text: item.string("texto", diagnostics: &diagnostics) ?? "", data: path(item, "dato", &diagnostics))
            }
            return .checklist(title: title, items: items)
        case "tarjetas":
            fields.rejectUnknownKeys(
                allowed: ["pagina", "seccion"], what: "la parte `tarjetas`", diagnostics: &diagnostics)
            return .cards(
                page: fields.string("pagina", diagnostics: &diagnostics) ?? "",
                section: fields.string("seccion", diagnostics: &diagnostics) ?? "",
                location: fields.location
            )
        default:
            fields.rejectUnknownKeys(
                allowed: ["titulo", "indicaciones"], what: "la parte `rotafolio`", diagnostics: &diagnostics)
            return .flipchart(
                title: title ?? "", prompts: fields.stringList("indicaciones", diagnostics: &diagnostics) ?? [])
        }
    }

    /// A `tabla` part: its columns, blank rows and the data that fills them, one field a column.
    private static func table(_ fields: YAMLMapping, title: String?, _ diagnostics: inout DiagnosticList)
        -> WorksheetTable
    {
        fields.rejectUnknownKeys(
            allowed: ["titulo", "columnas", "filas", "datos", "campos", "fichas"], what: "la parte `tabla`",
            diagnostics: &diagnostics)
        let columns = fields.stringList("columnas", diagnostics: &diagnostics) ?? []
        let fieldNames = fields.stringList("campos", diagnostics: &diagnostics) ?? []
        let data = path(fields, "datos", &diagnostics)
        if data != nil, fieldNames.count != columns.count, let location = fields.locationOfValue("campos") {
            diagnostics.append(
                .error(
                    "campos-no-coinciden",
                    "la tabla tiene \(columns.count) columnas y \(fieldNames.count) campos; escribe un campo por columna (`\"\"` deja la columna en blanco)",
                    at: location
                )
            )
        }
        return WorksheetTable(
            title: title, columns: columns, rows: fields.int("filas", diagnostics: &diagnostics) ?? 8, data: data,
            fields: fieldNames, stacksOnPhones: fields.bool("fichas", diagnostics: &diagnostics) ?? false)
    }

    /// The `elementos` list of a part, each item a mapping with `keys`.
    private static func elements<Item>(
        _ fields: YAMLMapping,
        keys: [String],
        _ diagnostics: inout DiagnosticList,
        make: (YAMLMapping, inout DiagnosticList) -> Item
    ) -> [Item] {
        guard let sequence = fields.value("elementos")?.sequence else { return [] }
        return sequence.compactMap { node in
            guard
                let item = YAMLMapping(
                    node, what: "un elemento", in: fields.source, firstLine: fields.firstLine, diagnostics: &diagnostics
                )
            else { return nil }
            item.rejectUnknownKeys(allowed: keys, what: "el elemento", diagnostics: &diagnostics)
            return make(item, &diagnostics)
        }
    }

    private static func path(_ fields: YAMLMapping, _ key: String, _ diagnostics: inout DiagnosticList) -> DataPath? {
        guard let text = fields.string(key, diagnostics: &diagnostics), let location = fields.locationOfValue(key)
        else {
            return nil
        }
        return DataPath(text, at: location)
    }
}
