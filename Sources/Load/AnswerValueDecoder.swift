import Diagnostics
import Model
import Yams

/// Decodes one answered path against the schema of the data it names, so an answer is checked
/// with the same rules and messages as the data files.
struct AnswerValueDecoder {
    let decoder: SchemaDecoder
    let method: OrganizationMethod
    /// The record a sheet filled once per record is for: paths into its file go into it.
    let record: AnswerRecord?

    /// Nil, with a located error, when the path names nothing an answer can set or the value
    /// does not fit; nil without one when the answer is blank.
    /// - Parameter columns: the columns a table may write, when a worksheet says so.
    func decode(
        path: String, _ node: Node, keyLocation: SourceLocation, columns: [String]? = nil,
        diagnostics: inout DiagnosticList
    ) -> AnswerValue? {
        guard !SchemaDecoder.isNull(node), node.scalar?.string.isEmpty != true else { return nil }
        let schema: DataSchema
        switch target(path) {
        case .success(let found): schema = found
        case .failure(let problem):
            // The sheet shows it (a title worked out from another file, a list of lists), so a
            // downloaded file holds it; it is not data an answer can set, and is left as it is.
            diagnostics.append(
                .warning("ruta-no-importable", "\(problem.message); libro no lo importa", at: keyLocation))
            return nil
        }
        let location = decoder.location(of: node)
        if case .list(.record(let fields)) = schema {
            guard let items = node.sequence else {
                diagnostics.append(
                    .error("tipo-no-valido", "`\(path)` debe ser una lista de filas (líneas con `- `)", at: location))
                return nil
            }
            let rows = items.compactMap {
                row($0, fields: fields, columns: columns, path: path, diagnostics: &diagnostics)
            }
            return AnswerValue(
                path: path, content: .rows(rows.map(\.record)), written: .list(rows.map(\.written)),
                location: location)
        }
        let before = diagnostics.errors.count
        let value = decoder.decode(node, as: schema, key: path, diagnostics: &diagnostics)
        guard diagnostics.errors.count == before else { return nil }
        return AnswerValue(path: path, content: .value(value), written: WrittenAnswer(node), location: location)
    }

    /// The schema of the value at `path`, or why an answer cannot set it.
    func target(_ path: String) -> Result<DataSchema, Unimportable> {
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first, let spec = method.files.first(where: { $0.name == first }) else {
            return .failure(Unimportable("«\(path)» no nombra ningún archivo de datos de la organización"))
        }
        let intoRecord = record?.file == spec.name
        if spec.isList && !intoRecord {
            guard parts.count == 1 else {
                return .failure(
                    Unimportable(
                        "«\(path)» pasa por una lista de registros; una respuesta solo puede cambiar la lista entera"))
            }
            return .success(.list(.record(spec.fields)))
        }
        var schema = DataSchema.record(spec.fields)
        for part in parts.dropFirst() {
            guard case .record(let fields) = schema, let field = fields.first(where: { $0.name == part }) else {
                return .failure(Unimportable("«\(path)» no es un campo de los datos: no hay `\(part)` ahí"))
            }
            schema = field.schema
        }
        switch schema {
        case .record, .tally:
            return .failure(Unimportable("«\(path)» es un grupo de campos; responde cada campo por separado"))
        case .list(.list), .list(.tally): return .failure(Unimportable("«\(path)» no se puede llenar desde una hoja"))
        default: return parts.count == 1 ? .failure(Unimportable("«\(path)» no es un campo")) : .success(schema)
        }
    }

    private func row(
        _ node: Node, fields: [DataField], columns: [String]?, path: String, diagnostics: inout DiagnosticList
    ) -> (record: DataRecord, written: WrittenAnswer)? {
        let location = decoder.location(of: node)
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error("tipo-no-valido", "cada fila de `\(path)` debe ser una lista `columna: valor`", at: location))
            return nil
        }
        var row = DataRecord(location: location)
        var written: [WrittenPair] = []
        row.order = fields.map(\.name)
        let allowed = fields.map(\.name).filter { columns?.contains($0) ?? true }
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            guard allowed.contains(name), let field = fields.first(where: { $0.name == name }) else {
                diagnostics.append(
                    .error(
                        "columna-desconocida",
                        "la tabla `\(path)` no tiene la columna «\(name)»\(Suggestion.phrase(for: name, in: allowed)) (columnas: \(allowed.joined(separator: ", ")))",
                        at: decoder.location(of: keyNode)))
                continue
            }
            guard !SchemaDecoder.isNull(value), value.scalar?.string.isEmpty != true else { continue }
            row.fields[name] = decoder.decode(value, as: field.schema, key: name, diagnostics: &diagnostics)
            row.locations[name] = decoder.location(of: value)
            written.append(WrittenPair(key: name, value: WrittenAnswer(value)))
        }
        return (row, .mapping(written))
    }
}

extension DataFileSpec {
    /// A CSV or a folder: a list of records, not one.
    var isList: Bool {
        if case .yaml = shape { return false }
        return true
    }
}

extension WrittenAnswer {
    init(_ node: Node) {
        switch node {
        case .sequence(let items): self = .list(items.map(WrittenAnswer.init))
        case .mapping(let pairs):
            self = .mapping(pairs.map { WrittenPair(key: $0.key.string ?? "", value: WrittenAnswer($0.value)) })
        default: self = .scalar(node.string ?? "")
        }
    }
}

/// Why an answer cannot set a path.
struct Unimportable: Error {
    let message: String

    init(_ message: String) { self.message = message }
}
