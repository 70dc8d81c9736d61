import Diagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A decoded text file with what diagnostics need: its display path and line starts, so byte
/// columns reported by C parsers become the character columns editors show.
struct SourceText {
    let displayPath: String
    let text: String
    /// Byte offsets: found with `memchr` over the text's bytes, since this runs for every file.
    private let lineStarts: [Int]

    init(displayPath: String, text: String) {
        self.displayPath = displayPath
        self.text = text
        var text = text
        lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
            return starts
        }
    }

    var lineCount: Int { lineStarts.count }

    /// The location of a 1-based line and byte column; out-of-range values clamp to the file.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return SourceLocation(file: displayPath, line: max(1, min(line, lineStarts.count)), column: 1)
        }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        let end = utf8.index(start, offsetBy: max(0, byteColumn - 1), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let characters = text[start..<end].count
        return SourceLocation(file: displayPath, line: line, column: characters + 1)
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}
