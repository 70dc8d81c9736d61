import Diagnostics
import Model

/// Matches a CSV file's header row to the columns its schema names.
enum CSVHeader {
    /// Header cells shown in full in a message, and the characters shown of each.
    private static let shownCells = 6
    private static let shownCharacters = 60

    /// The field each header cell names, nil for a column libro does not know (an error, with the
    /// closest column suggested); a required column missing is an error too. A header where most
    /// cells name no column (another separator, another file's header) is one error that shows
    /// how libro split it and the header it expects, instead of one per cell and per row: nil.
    static func fields(
        _ table: CSVTable, columns: [DataField], file: String, in source: SourceText,
        diagnostics: inout DiagnosticList
    ) -> [DataField?]? {
        let fields = table.header.map { cell in columns.first { $0.name == cell.text.lowercased() } }
        let known = fields.filter { $0 != nil }.count
        guard known > 0, known * 2 >= fields.count else {
            diagnostics.append(mismatch(table, columns: columns, file: file, in: source))
            return nil
        }
        let names = columns.map(\.name)
        for (cell, field) in zip(table.header, fields) where field == nil {
            let name = cell.text.lowercased()
            diagnostics.append(
                .error(
                    "columna-desconocida",
                    "columna desconocida «\(cell.text)»\(Suggestion.phrase(for: name, in: names)) (columnas válidas: \(names.joined(separator: ", ")))",
                    at: source.location(line: cell.line, column: cell.column)
                )
            )
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

    private static func mismatch(
        _ table: CSVTable, columns: [DataField], file: String, in source: SourceText
    ) -> Diagnostic {
        let cells = table.header.map { cell in
            cell.text.count > shownCharacters ? "«\(cell.text.prefix(shownCharacters))…»" : "«\(cell.text)»"
        }
        var shown = cells.prefix(shownCells).joined(separator: ", ")
        if cells.count > shownCells { shown += ", …" }
        let found = cells.count == 1 ? "una sola columna, \(shown)" : "\(cells.count) columnas: \(shown)"
        let separator = table.separator
        let expected =
            separator == .tab
            ? columns.map(\.name).joined(separator: ", ") + " (separadas por tabuladores)"
            : columns.map(\.name).joined(separator: String(separator.rawValue))
        let first = table.header.first
        return .error(
            "encabezado-no-coincide",
            "el encabezado (primera línea) no coincide con el de `\(file)`: libro separó las columnas con \(separator.spoken) y encontró \(found); el encabezado esperado es: \(expected)",
            at: source.location(line: first?.line ?? 1, column: first?.column ?? 1)
        )
    }
}
