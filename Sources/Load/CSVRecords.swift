import Diagnostics
import Model

/// Decodes a CSV table into records, one per row, against its columns' schemas; none when its
/// header does not match them.
enum CSVRecords {
    static func decode(
        _ table: CSVTable,
        columns: [DataField],
        file: String,
        in source: SourceText,
        diagnostics: inout DiagnosticList
    ) -> [DataRecord] {
        guard
            let fields = CSVHeader.fields(table, columns: columns, file: file, in: source, diagnostics: &diagnostics)
        else { return [] }
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
