import Foundation

/// Where two versions of a file first differ, as one hunk of a unified diff: the lines before
/// it, the expected lines (`-`) and the built ones (`+`) up to where both agree again, each list
/// cut short after a few lines. Long lines (the search index is one) are shown around the first
/// column that differs.
struct FirstDifference: CustomStringConvertible {
    let description: String

    init(expected: Data, built: Data, indent: String = "    ") {
        guard let old = String(data: expected, encoding: .utf8), let new = String(data: built, encoding: .utf8) else {
            description = "\(indent)binary: \(expected.count) bytes expected, \(built.count) built"
            return
        }
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        while start < oldLines.count, start < newLines.count, oldLines[start] == newLines[start] { start += 1 }
        var common = 0
        while common < oldLines.count - start, common < newLines.count - start,
            oldLines[oldLines.count - 1 - common] == newLines[newLines.count - 1 - common]
        {
            common += 1
        }
        let removed = oldLines[start..<(oldLines.count - common)]
        let added = newLines[start..<(newLines.count - common)]
        let column = zip(removed.first ?? "", added.first ?? "").prefix { $0 == $1 }.count

        let clipped = max(removed.first?.count ?? 0, added.first?.count ?? 0) > Self.width
        var lines = ["@@ line \(start + 1)\(clipped ? ", column \(column + 1)" : "") @@"]
        lines += oldLines[max(0, start - Self.context)..<start].map { "  " + Self.clip($0, around: 0) }
        lines += Self.shown(removed, marker: "-", column: column)
        lines += Self.shown(added, marker: "+", column: column)
        if common > 0 { lines.append("  " + Self.clip(oldLines[oldLines.count - common], around: 0)) }
        description = lines.map { indent + $0 }.joined(separator: "\n")
    }

    private static let context = 2
    private static let linesShown = 6
    private static let width = 160
}

extension FirstDifference {
    fileprivate static func shown(_ lines: ArraySlice<Substring>, marker: String, column: Int) -> [String] {
        var shown = lines.prefix(linesShown).enumerated().map { index, line in
            "\(marker) " + clip(line, around: index == 0 ? column : 0)
        }
        if lines.count > linesShown { shown.append("\(marker) … \(lines.count - linesShown) more lines") }
        return shown
    }

    /// At most `width` characters of a line, starting a little before `column`.
    fileprivate static func clip(_ line: Substring, around column: Int) -> String {
        guard line.count > width else { return String(line) }
        let start = max(0, min(column - width / 3, line.count - width))
        let window = line.dropFirst(start).prefix(width)
        return (start > 0 ? "…" : "") + window + (start + width < line.count ? "…" : "")
    }
}
