/// Writes the card markup into cmark's HTML of the tables `CardTableMarks` found. cmark writes a
/// table one tag per line (`<table>`, `<tbody>`, `<tr>`, then one `<td>…</td>` per cell), and a
/// cell's Markdown is one source line, so the lines are the table's structure.
enum CardTableMarkup {
    /// `html` with each placeholder gone and the table after it classed, every body cell
    /// labelled with `labels[table][column]` (no label where the heading is empty).
    static func apply(to html: String, labels: [[String]]) -> String {
        var html = html
        for (index, columns) in labels.enumerated() {
            let placeholder = CardTableMarks.placeholder(index) + "\n"
            guard let start = firstRange(of: placeholder, in: html, from: html.startIndex) else { continue }
            let end = firstRange(of: "</table>\n", in: html, from: start.upperBound)?.upperBound ?? start.upperBound
            html.replaceSubrange(start.lowerBound..<end, with: labelled(html[start.upperBound..<end], columns))
        }
        return html
    }

    /// Where `pattern`, ASCII, first occurs in `text` from `start` on, comparing UTF-8 bytes.
    /// Foundation's `range(of:)` copied the whole page into UTF-16 for each search: 4 % of the
    /// shipped package's build (callgrind).
    private static func firstRange(of pattern: String, in text: String, from start: String.Index)
        -> Range<String.Index>?
    {
        let bytes = text.utf8
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return nil }
        var index = start
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return found..<bytes.index(found, offsetBy: needle.count) }
            index = bytes.index(after: found)
        }
        return nil
    }

    private static func labelled(_ table: Substring, _ columns: [String]) -> String {
        guard table.hasPrefix("<table>\n") else { return String(table) }
        var result = "<table class=\"\(CardTableMarks.className)\">\n"
        var inBody = false
        var column = 0
        for line in table.dropFirst("<table>\n".count).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        {
            if line == "<tbody>" { inBody = true }
            if line == "<tr>" { column = 0 }
            guard inBody, line.hasPrefix("<td") else {
                result += line + "\n"
                continue
            }
            let label = column < columns.count ? columns[column] : ""
            column += 1
            result += label.isEmpty ? line + "\n" : cell(line, label: label)
        }
        return result
    }

    private static func cell(_ line: Substring, label: String) -> String {
        "<td \(CardTableMarks.labelAttribute)=\"\(HTMLAttribute.escape(label))\"" + line.dropFirst("<td".count) + "\n"
    }
}
