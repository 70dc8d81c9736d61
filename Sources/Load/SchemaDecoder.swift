import Diagnostics
import Model
import Yams

/// Decodes a YAML document against a `DataSchema`, recording every problem with its place and
/// going on, so one run reports all of them. Fields left out get empty values.
struct SchemaDecoder {
    let source: SourceText
    /// File line where the YAML starts.
    let firstLine: Int

    func decode(_ node: Node?, as schema: DataSchema, key: String, diagnostics: inout DiagnosticList) -> DataValue {
        guard let node, !Self.isNull(node) else { return Self.empty(schema, at: source.location(line: firstLine)) }
        let location = self.location(of: node)
        switch schema {
        case .record(let fields):
            guard let mapping = node.mapping else {
                diagnostics.append(shapeError(key, expected: "una lista de campos `clave: valor`", at: location))
                return Self.empty(schema, at: location)
            }
            return .record(record(mapping, fields: fields, key: key, at: location, diagnostics: &diagnostics))
        case .list(let item):
            // A single value where a list is expected is a list of one: friendlier to write.
            let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : nil)
            guard let items else {
                diagnostics.append(shapeError(key, expected: "una lista (líneas que empiezan con `- `)", at: location))
                return .list([])
            }
            return .list(items.map { decodeEntry($0, as: item, key: key, diagnostics: &diagnostics) })
        case .tally:
            return tally(node, key: key, at: location, diagnostics: &diagnostics)
        case .separated where node.sequence != nil:
            // A YAML list reads as the cell a CSV or a workbook would hold: `[5, 7]` as `5;7`.
            let items = node.sequence.map { $0.compactMap { $0.scalar?.string } } ?? []
            switch ScalarDecoder.decode(items.joined(separator: ";"), as: schema, key: key, at: location) {
            case .success(let value): return value
            case .failure(let problem):
                diagnostics.append(problem)
                return Self.empty(schema, at: location)
            }
        default:
            guard let text = node.scalar?.string else {
                diagnostics.append(shapeError(key, expected: "un solo valor", at: location))
                return Self.empty(schema, at: location)
            }
            switch ScalarDecoder.decode(text, as: schema, key: key, at: location) {
            case .success(let value): return value
            case .failure(let problem):
                diagnostics.append(problem)
                return Self.empty(schema, at: location)
            }
        }
    }

    /// Decodes a whole document or a list item: there even when empty (a file of comments, `~`,
    /// a bare `- `), so a record's required fields are asked for in every shape of emptiness.
    func decodeEntry(_ node: Node?, as schema: DataSchema, key: String, diagnostics: inout DiagnosticList)
        -> DataValue
    {
        guard case .record(let fields) = schema, node.map(Self.isNull) ?? true else {
            return decode(node, as: schema, key: key, diagnostics: &diagnostics)
        }
        let location = node.map { self.location(of: $0) } ?? source.location(line: firstLine)
        return .record(record(Node.Mapping([]), fields: fields, key: key, at: location, diagnostics: &diagnostics))
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: firstLine) }
        return source.location(line: mark.line + firstLine - 1, column: mark.column)
    }

    private func record(
        _ mapping: Node.Mapping,
        fields: [DataField],
        key: String,
        at location: SourceLocation,
        diagnostics: inout DiagnosticList
    ) -> DataRecord {
        var record = DataRecord(location: location)
        record.order = fields.map(\.name)
        var written: Set<String> = []
        let names = fields.map(\.name)
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            guard let field = fields.first(where: { $0.name == name }) else {
                let valid = names.map { "`\($0)`" }.joined(separator: ", ")
                diagnostics.append(
                    .error(
                        "clave-desconocida",
                        "clave desconocida «\(name)»\(Suggestion.phrase(for: name, in: names)) (claves válidas aquí: \(valid))",
                        at: self.location(of: keyNode)
                    )
                )
                continue
            }
            record.locations[name] = self.location(of: Self.isNull(value) ? keyNode : value)
            record.fields[name] = decode(value, as: field.schema, key: name, diagnostics: &diagnostics)
            if !Self.isNull(value), value.scalar?.string.isEmpty != true { written.insert(name) }
        }
        for field in fields where !written.contains(field.name) {
            // A value written but invalid has its own message already.
            if field.required {
                diagnostics.append(
                    .error(
                        "falta-campo",
                        "falta `\(field.name):` \(key.isEmpty ? "" : "en `\(key)` ")y es obligatorio",
                        at: record.locations[field.name] ?? location
                    )
                )
            }
            if record.fields[field.name] == nil { record.fields[field.name] = Self.empty(field.schema, at: location) }
        }
        return record
    }

    /// `votos: {estrategia-a: 7}`: ids to whole numbers.
    private func tally(_ node: Node, key: String, at location: SourceLocation, diagnostics: inout DiagnosticList)
        -> DataValue
    {
        guard let mapping = node.mapping else {
            diagnostics.append(shapeError(key, expected: "una lista `id: número`", at: location))
            return .record(DataRecord(location: location))
        }
        var record = DataRecord(location: location)
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            record.locations[name] = self.location(of: keyNode)
            switch ScalarDecoder.decode(
                value.scalar?.string ?? "", as: .number(0...999), key: name, at: self.location(of: value))
            {
            case .success(let number): record.fields[name] = number
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        return .record(record)
    }

    private func shapeError(_ key: String, expected: String, at location: SourceLocation) -> Diagnostic {
        .error("tipo-no-valido", "`\(key.isEmpty ? "el archivo" : key)` debe ser \(expected)", at: location)
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.isNull
    }

    /// The value a left-out field holds: empty, so templates see every key. A number left out is
    /// an empty text, not 0: a page shows it blank, and sums and references skip it.
    static func empty(_ schema: DataSchema, at location: SourceLocation) -> DataValue {
        switch schema {
        case .text, .date, .time, .choice, .outline, .number: .text("")
        case .flag: .flag(false)
        case .separated, .months, .list: .list([])
        case .tally: .record(DataRecord(location: location))
        case .record(let fields):
            .record(
                DataRecord(
                    fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.name, empty($0.schema, at: location)) }),
                    location: location
                ))
        }
    }
}
