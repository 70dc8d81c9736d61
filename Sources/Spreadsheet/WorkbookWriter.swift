import Foundation

/// What a written sheet holds: rows of values, how it is shown and which cells offer a list.
public struct SheetLayout: Sendable, Equatable {
    public var name: String
    public var hidden = false
    /// Rows from the first; `nil` leaves a cell empty.
    public var rows: [[WrittenCell?]]
    /// Rows at the top shown in bold and kept in view while scrolling (0: none).
    public var headerRows = 0
    /// Each column's width in characters, from the first; columns after the last keep the default.
    public var columnWidths: [Double] = []
    /// Drop-down lists: the cells of `column` from `firstRow` to `lastRow` offer `values`.
    public var validations: [ListValidation] = []

    public init(name: String, rows: [[WrittenCell?]]) {
        self.name = name
        self.rows = rows
    }
}

public enum WrittenCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(year: Int, month: Int, day: Int)
    case time(minutes: Int)
}

public struct ListValidation: Sendable, Equatable {
    public var column: Int
    public var firstRow: Int
    public var lastRow: Int
    public var values: [String]

    public init(column: Int, firstRow: Int, lastRow: Int, values: [String]) {
        self.column = column
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.values = values
    }
}

/// Writes an `.xlsx` file Excel opens without repairs: parts and elements in the order
/// ECMA-376 requires.
public enum WorkbookWriter {
    public static func write(_ sheets: [SheetLayout]) throws(WorkbookProblem) -> Data {
        throw WorkbookProblem("libro todavía no escribe libros de Excel")
    }
}
