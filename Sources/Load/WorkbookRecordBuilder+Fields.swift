import Diagnostics
import Model
import Spreadsheet

extension WorkbookRecordBuilder {
    /// A row's cells as a record of `fields`; a group's fields are the columns `grupo.campo`, a
    /// list of records stays empty for the table below to fill. Every field is there, empty
    /// when its cell is, and a required one left empty is reported at its cell.
    func record(
        _ fields: [DataField], prefix: [String], row: WorkbookSheetRows.Row, table: WorkbookSheetRows,
        _ diagnostics: inout DiagnosticList
    ) -> DataRecord {
        var record = DataRecord(location: row.location)
        record.order = fields.map(\.name)
        for field in fields {
            let path = prefix + [field.name]
            let header = path.joined(separator: ".")
            switch field.schema {
            case .record(let inner):
                record.fields[field.name] = .record(
                    self.record(inner, prefix: path, row: row, table: table, &diagnostics))
            case .list(.record):
                record.fields[field.name] = .list([])
            default:
                let place = row.cells[header]?.at ?? table.place(of: header, in: row)
                record.locations[field.name] = place
                var value: DataValue?
                if let cell = row.cells[header]?.value {
                    value = WorkbookCell.decode(cell, as: field, at: place, diagnostics: &diagnostics)
                } else if field.required {
                    let message =
                        table.plan.single && row.cells[header] == nil
                        ? "falta la fila `\(header)`, que es obligatoria; agrégala con su valor en la columna «\(WorkbookPlan.valueHeader)»"
                        : "falta `\(header)` y es obligatorio; escríbelo en esta celda"
                    diagnostics.append(.error("falta-campo", message, at: place))
                }
                record.fields[field.name] = value ?? SchemaDecoder.empty(field.schema, at: place)
            }
        }
        return record
    }

    /// The fields of the items of the list at `path` down from `fields`.
    static func itemFields(at path: [String], in fields: [DataField]) -> [DataField]? {
        guard let first = path.first, let field = fields.first(where: { $0.name == first }) else { return nil }
        switch field.schema {
        case .list(.record(let items)) where path.count == 1: return items
        case .record(let inner): return itemFields(at: Array(path.dropFirst()), in: inner)
        default: return nil
        }
    }

    /// `record` with `value` at `path`, down through groups.
    static func setting(_ value: DataValue, at path: [String], in record: DataRecord) -> DataRecord {
        guard let first = path.first else { return record }
        var record = record
        if path.count == 1 {
            record.fields[first] = value
        } else if let inner = record[first]?.record {
            record.fields[first] = .record(setting(value, at: Array(path.dropFirst()), in: inner))
        }
        return record
    }
}
