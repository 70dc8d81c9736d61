import Diagnostics
import Model

/// Decodes a CSV table into records, one per row, against its columns' schemas.
enum CSVRecords {
    static func decode(
        _ table: CSVTable,
        columns: [DataField],
        in source: SourceText,
        diagnostics: inout DiagnosticList
    ) -> [DataRecord] {
        let fields = headerFields(table, columns: columns, in: source, diagnostics: &diagnostics)
        var records: [DataRecord] = []
        for row in table.rows {
            let start = source.location(line: row[0].line, column: row[0].column)
            guard row.count == table.header.count else {
                diagnostics.append(
                    .error(
                        "csv-fila-incompleta",
                        "esta fila tiene \(row.count) \(row.count == 1 ? "campo" : "campos") y el encabezado \(table.header.count); \(table.separator.advice)",
                        at: start
                    )
                )
                continue
            }
            records.append(record(row, fields: fields, columns: columns, at: start, in: source, &diagnostics))
        }
        return records
    }

    /// The field each header cell names, nil for a column libro does not know (an error); a
    /// required column missing from the header is an error too.
    private static func headerFields(
        _ table: CSVTable, columns: [DataField], in source: SourceText, diagnostics: inout DiagnosticList
    ) -> [DataField?] {
        let names = columns.map(\.name)
        let fields = table.header.map { cell -> DataField? in
            let name = cell.text.lowercased()
            if let field = columns.first(where: { $0.name == name }) { return field }
            diagnostics.append(
                .error(
                    "columna-desconocida",
                    "columna desconocida «\(cell.text)»\(Suggestion.phrase(for: name, in: names)) (columnas válidas: \(names.joined(separator: ", ")))",
                    at: source.location(line: cell.line, column: cell.column)
                )
            )
            return nil
        }
        let present = Set(fields.compactMap { $0?.name })
        for column in columns where column.required && !present.contains(column.name) {
            diagnostics.append(
                .error(
                    "falta-columna",
                    "falta la columna `\(column.name)`; agrégala al encabezado (primera línea)",
                    at: source.location(line: table.header.first?.line ?? 1)
                )
            )
        }
        return fields
    }

    /// One row as a record: every column present, empty where the row leaves it blank.
    private static func record(
        _ row: [CSVTable.Cell], fields: [DataField?], columns: [DataField], at start: SourceLocation,
        in source: SourceText, _ diagnostics: inout DiagnosticList
    ) -> DataRecord {
        var record = DataRecord(location: start)
        record.order = columns.map(\.name)
        for (cell, field) in zip(row, fields) {
            guard let field else { continue }
            let location = source.location(line: cell.line, column: cell.column)
            record.locations[field.name] = location
            if cell.text.isEmpty {
                if field.required {
                    diagnostics.append(
                        .error("falta-campo", "la columna `\(field.name)` no puede quedar vacía", at: location))
                }
                record.fields[field.name] = SchemaDecoder.empty(field.schema, at: location)
                continue
            }
            switch ScalarDecoder.decode(cell.text, as: field.schema, key: field.name, at: location) {
            case .success(let value): record.fields[field.name] = value
            case .failure(let problem):
                diagnostics.append(problem)
                record.fields[field.name] = SchemaDecoder.empty(field.schema, at: location)
            }
        }
        for column in columns where record.fields[column.name] == nil {
            record.fields[column.name] = SchemaDecoder.empty(column.schema, at: start)
        }
        return record
    }
}
