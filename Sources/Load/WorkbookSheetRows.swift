import Diagnostics
import Model
import Spreadsheet

/// A sheet's rows as the plan reads them: each row's cells by header, its key and its parent's.
struct WorkbookSheetRows {
    struct Row {
        let number: Int
        /// Header → the cell's value (nil: empty) and the place, for every column the sheet has.
        var cells: [String: (value: CellValue?, at: SourceLocation)] = [:]
        /// What the tables below name this row by.
        var key: String?
        /// What this row names its parent by.
        var parent: String?
        var location: SourceLocation
    }

    let plan: SheetPlan
    let file: String
    var rows: [Row] = []
    /// Header → its column, for a place to point at when a cell is missing.
    var columns: [String: Int] = [:]

    func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: plan.name, row: row, column: column)
    }

    /// The place of a value a row leaves out: its cell if the column exists, else the row.
    func place(of header: String, in row: Row) -> SourceLocation {
        columns[header].map { location(row: row.number, column: $0) } ?? row.location
    }

    /// A table: a header row, then a row per item; or a fields sheet: `campo` / `valor` rows.
    static func read(
        _ sheet: Sheet, plan: SheetPlan, namesParent: Bool, file: String, diagnostics: inout DiagnosticList
    ) -> WorkbookSheetRows {
        var rows = WorkbookSheetRows(plan: plan, file: file)
        if plan.single {
            rows.readFields(sheet, &diagnostics)
        } else {
            rows.readTable(sheet, namesParent: namesParent, &diagnostics)
        }
        return rows
    }

    private mutating func readFields(_ sheet: Sheet, _ diagnostics: inout DiagnosticList) {
        let known = plan.columns.map(\.header)
        var row = Row(number: 1, location: location(row: 0, column: 0))
        for number in stride(from: 2, through: sheet.lastRow, by: 1) {
            guard case .text(let name)? = sheet[number, 1], !name.isEmpty else { continue }
            guard known.contains(name) else {
                diagnostics.append(
                    .error(
                        "clave-desconocida",
                        "«\(name)» no es un dato de `\(plan.file)`\(Suggestion.phrase(for: name, in: known)) (datos: \(known.joined(separator: ", ")))",
                        at: location(row: number, column: 1)))
                continue
            }
            row.cells[name] = (sheet[number, 2], location(row: number, column: 2))
        }
        rows = [row]
    }

    private mutating func readTable(_ sheet: Sheet, namesParent: Bool, _ diagnostics: inout DiagnosticList) {
        var extra: [String] = []
        if namesParent, let parent = plan.parent { extra.append(parent) }
        switch plan.key {
        case .folderID: extra.append(WorkbookPlan.idHeader)
        case .number: extra.append(WorkbookPlan.numberHeader)
        default: break
        }
        let known = extra + plan.columns.map(\.header)
        let lastColumn = sheet.cells.keys.filter { $0.row == 1 }.map(\.column).max() ?? 0
        for column in stride(from: 1, through: lastColumn, by: 1) {
            guard let value = sheet[1, column] else { continue }
            let header = WorkbookCell.text(value)
            guard known.contains(header) else {
                diagnostics.append(
                    .error(
                        "columna-desconocida",
                        "columna desconocida «\(header)»\(Suggestion.phrase(for: header, in: known)) (columnas válidas: \(known.joined(separator: ", ")))",
                        at: location(row: 1, column: column)))
                continue
            }
            columns[header] = column
        }
        reportMissingColumns(extra: extra, &diagnostics)
        for number in stride(from: 2, through: sheet.lastRow, by: 1) {
            guard var row = row(number, in: sheet, namesParent: namesParent) else { continue }
            // Rows left unnumbered are named by their place among the rows.
            if case .number = plan.key, row.key?.isEmpty ?? true { row.key = String(rows.count + 1) }
            rows.append(row)
        }
    }

    private func reportMissingColumns(extra: [String], _ diagnostics: inout DiagnosticList) {
        let required = extra + plan.columns.filter(\.field.required).map(\.header)
        for header in required where columns[header] == nil {
            diagnostics.append(
                .error(
                    "falta-columna",
                    "falta la columna `\(header)`; agrégala en la primera fila de la hoja «\(plan.name)»",
                    at: location(row: 1, column: 1)))
        }
    }

    /// One row of a table; nil when it is empty.
    private func row(_ number: Int, in sheet: Sheet, namesParent: Bool) -> Row? {
        var row = Row(number: number, location: location(row: number, column: 1))
        for (header, column) in columns {
            let value = sheet[number, column]
            if let value, case .text(let text) = value, text.isEmpty { continue }
            row.cells[header] = (value, location(row: number, column: column))
        }
        guard row.cells.values.contains(where: { $0.value != nil }) else { return nil }
        let text = { (header: String) in row.cells[header]?.value.map(WorkbookCell.text) ?? "" }
        if namesParent, let parent = plan.parent { row.parent = text(parent) }
        switch plan.key {
        case .folderID: row.key = text(WorkbookPlan.idHeader)
        case .field(let name): row.key = text(name)
        case .number: row.key = text(WorkbookPlan.numberHeader)
        case nil: break
        }
        return row
    }
}
