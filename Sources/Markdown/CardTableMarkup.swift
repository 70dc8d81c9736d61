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
            guard let start = html.range(of: placeholder) else { continue }
            let end =
                html.range(of: "</table>\n", range: start.upperBound..<html.endIndex)?.upperBound ?? start.upperBound
            html.replaceSubrange(start.lowerBound..<end, with: labelled(html[start.upperBound..<end], columns))
        }
        return html
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
