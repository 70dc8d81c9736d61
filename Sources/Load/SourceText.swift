import Diagnostics

/// A decoded text file with what diagnostics need: its display path and line starts, so byte
/// columns reported by C parsers become the character columns editors show.
struct SourceText {
    let displayPath: String
    let text: String
    private let lineStarts: [String.UTF8View.Index]

    init(displayPath: String, text: String) {
        self.displayPath = displayPath
        self.text = text
        var starts = [text.utf8.startIndex]
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            starts.append(text.utf8.index(after: index))
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The location of a 1-based line and byte column; out-of-range values clamp to the file.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return SourceLocation(file: displayPath, line: max(1, min(line, lineStarts.count)), column: 1)
        }
        let start = lineStarts[line - 1]
        let utf8 = text.utf8
        let end = utf8.index(start, offsetBy: max(0, byteColumn - 1), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let characters = text[start..<end].count
        return SourceLocation(file: displayPath, line: line, column: characters + 1)
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}
