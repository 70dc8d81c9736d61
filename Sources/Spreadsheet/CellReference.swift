/// A cell of a sheet by row and column, both from 1: `C7` is row 7, column 3.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    /// Excel's grid: rows 1 to 1 048 576, columns A to XFD.
    public static let lastRow = 1_048_576
    public static let lastColumn = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `C7`, `AA12`; nil for anything else, and for cells outside Excel's grid.
    public init?(_ name: String) {
        var column = 0
        var digits = Substring(name)
        for character in name {
            guard let ascii = character.asciiValue, (65...90).contains(ascii) else { break }
            column = column * 26 + Int(ascii - 64)
            guard column <= Self.lastColumn else { return nil }
            digits = digits.dropFirst()
        }
        guard column > 0, digits.first != "+", let row = Int(digits), (1...Self.lastRow).contains(row) else {
            return nil
        }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(_ column: Int) -> String {
        var column = column
        var letters = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    public var description: String { Self.letters(column) + String(row) }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
