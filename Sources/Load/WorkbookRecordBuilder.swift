import Diagnostics
import Model
import Spreadsheet

/// Builds records from a workbook's rows: each row's cells into its fields (down through
/// groups), and the rows of the tables below into its lists, matched by the row's key.
struct WorkbookRecordBuilder {
    let plan: WorkbookPlan
    let tables: [String: WorkbookSheetRows]

    func file(_ spec: DataFileSpec, table: WorkbookSheetRows, diagnostics: inout DiagnosticList)
        -> DataFileRecords
    {
        let built = items(of: table, fields: spec.fields, &diagnostics)
        if table.plan.single {
            let written = table.rows.contains { $0.cells.values.contains { $0.value != nil } }
            let present = written || plan.children(of: table.plan).contains { !(tables[$0.name]?.rows.isEmpty ?? true) }
            guard present || spec.required, let record = built.first?.record else {
                return DataFileRecords(name: spec.name, single: true)
            }
            return DataFileRecords(name: spec.name, records: [record], present: true, single: true)
        }
        var ids: [String] = []
        if case .folderID = table.plan.key {
            for (row, _) in built { ids.append(folderID(row, in: table, &diagnostics)) }
        } else {
            ids = built.map { $0.record.text(spec.id ?? "") }
        }
        return DataFileRecords(
            name: spec.name, records: built.map(\.record), ids: spec.hasIDs ? ids : [], present: !built.isEmpty)
    }

    private func folderID(
        _ row: WorkbookSheetRows.Row, in table: WorkbookSheetRows, _ diagnostics: inout DiagnosticList
    )
        -> String
    {
        let id = row.key ?? ""
        let place = table.place(of: WorkbookPlan.idHeader, in: row)
        if id.isEmpty {
            diagnostics.append(
                .error("falta-campo", "cada fila necesita su `id` (minúsculas sin acentos y guiones)", at: place))
        } else if !IDSyntax.isValid(id) {
            diagnostics.append(IDSyntax.problem(id, what: "el id de la fila", at: place))
        }
        return id
    }

    /// Each row of `table` as a record of `fields`, with the items of the tables below it.
    private func items(of table: WorkbookSheetRows, fields: [DataField], _ diagnostics: inout DiagnosticList)
        -> [(row: WorkbookSheetRows.Row, record: DataRecord)]
    {
        var children: [(plan: SheetPlan, groups: [String: [DataValue]])] = []
        for child in plan.children(of: table.plan) {
            guard let rows = tables[child.name], let itemFields = Self.itemFields(at: child.path, in: fields) else {
                continue
            }
            children.append((child, groups(rows, fields: itemFields, parents: table, &diagnostics)))
        }
        return table.rows.map { row in
            var record = self.record(fields, prefix: [], row: row, table: table, &diagnostics)
            for (child, groups) in children {
                let key = plan.namesParent(child) ? row.key ?? "" : ""
                record = Self.setting(.list(groups[key] ?? []), at: child.path, in: record)
            }
            return (row, record)
        }
    }

    /// The rows of a table below `parents`, by the key of the row each names.
    private func groups(
        _ rows: WorkbookSheetRows, fields: [DataField], parents: WorkbookSheetRows,
        _ diagnostics: inout DiagnosticList
    ) -> [String: [DataValue]] {
        let keys = Set(parents.rows.compactMap(\.key))
        let names = plan.namesParent(rows.plan)
        var groups: [String: [DataValue]] = [:]
        for (row, record) in items(of: rows, fields: fields, &diagnostics) {
            let parent = names ? row.parent ?? "" : ""
            if names, !keys.contains(parent), let header = rows.plan.parent {
                diagnostics.append(
                    .error(
                        "registro-no-encontrado",
                        "«\(parent)» no nombra ninguna fila de la hoja «\(header)»\(Suggestion.phrase(for: parent, in: keys)); escribe ahí \(Self.keyWhat(parents.plan))",
                        at: rows.place(of: header, in: row)))
            }
            groups[parent, default: []].append(.record(record))
        }
        return groups
    }

    private static func keyWhat(_ plan: SheetPlan) -> String {
        switch plan.key {
        case .field(let name): "el `\(name)` de la fila a la que pertenece"
        case .folderID: "el `id` de la fila a la que pertenece"
        case .number, nil: "el `n.º` de la fila a la que pertenece"
        }
    }
}
