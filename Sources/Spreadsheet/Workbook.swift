/// A workbook as libro reads it: its visible and hidden sheets, each a grid of typed values.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}

/// One sheet: its name as the tab shows it, whether it is hidden, and its cells that hold
/// something (empty cells and cells covered by a merge other than its first are absent).
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var hidden: Bool
    public var cells: [CellReference: CellValue]

    public init(name: String, hidden: Bool = false, cells: [CellReference: CellValue] = [:]) {
        self.name = name
        self.hidden = hidden
        self.cells = cells
    }

    /// The last row with a value; 0 for an empty sheet. Empty rows after it do not count.
    public var lastRow: Int { cells.keys.map(\.row).max() ?? 0 }

    public subscript(row: Int, column: Int) -> CellValue? { cells[CellReference(row: row, column: column)] }
}

/// A cell's value, typed as the spreadsheet stores it. Numbers formatted as dates or times come
/// as dates and times (serial numbers read in the workbook's 1900 or 1904 system); a formula
/// comes as its cached value.
public enum CellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    /// Minutes after midnight (a fraction of a day, rounded to the minute).
    case time(minutes: Int)
    /// An error value such as `#N/A`.
    case error(String)
    /// A formula saved without its result (written by a program, not by a spreadsheet).
    case formulaWithoutValue(String)
}
