/// A place in a source file: the path as the user typed it (e.g. `content/guia/a.md`),
/// 1-based line and column (columns count characters, as editors do).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    /// In a workbook, the sheet; `line` and `column` are then the cell's row and column.
    public let sheet: String?
    public let line: Int
    public let column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.sheet = nil
        self.line = line
        self.column = column
    }

    /// A cell of a workbook's sheet, or the sheet as a whole (row 0).
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.line = row
        self.column = column
    }

    /// `file:line:col`, or just `file` for problems with the file as a whole (line 0); in a
    /// workbook, `file › sheet › C7` as a spreadsheet names a cell.
    public var description: String {
        if let sheet {
            return line > 0 ? "\(file) › \(sheet) › \(Self.columnLetters(column))\(line)" : "\(file) › \(sheet)"
        }
        return line > 0 ? "\(file):\(line):\(column)" : file
    }

    /// 1 → `A`, 27 → `AA`.
    static func columnLetters(_ column: Int) -> String {
        var column = column
        var letters = ""
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}
