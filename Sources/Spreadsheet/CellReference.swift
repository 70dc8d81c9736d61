/// A cell of a sheet by row and column, both from 1: `C7` is row 7, column 3.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `C7`, `AA12`; nil for anything else.
    public init?(_ name: String) {
        var column = 0
        var digits = Substring(name)
        for character in name {
            guard let ascii = character.asciiValue, (65...90).contains(ascii) else { break }
            column = column * 26 + Int(ascii - 64)
            digits = digits.dropFirst()
        }
        guard column > 0, let row = Int(digits), row > 0, digits.first != "+" else { return nil }
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
