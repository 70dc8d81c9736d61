import Foundation

/// Reads what a reader sees in built pages: agenda rows, words of text, relative links.
enum AgendaTable {
    struct Row {
        let title: String
        /// Empty for a break without duration.
        let duration: String
    }

    static func rows(in page: String) throws -> [Row] {
        guard let start = page.range(of: "<table class=\"agenda tabla-fichas\">"),
            let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex)
        else { return [] }
        let table = page[start.upperBound..<end.lowerBound]
        let row = try Regex(
            ##"<td class="hora"[^>]*>[^<]*</td><td[^>]*>(<em>[^<]*</em>)?([^<]*)</td><td[^>]*><a href="#[^"]*">([^<]*)</a>"##
        )
        return table.matches(of: row).map { match in
            Row(
                title: String(match.output[3].substring ?? ""),
                duration: String(match.output[2].substring ?? "")
            )
        }
    }

    /// The clock column of a page's agenda.
    static func clock(in page: String) throws -> [String] {
        let cell = try Regex(#"<td class="hora"[^>]*>([^<]*)</td>"#)
        return page.matches(of: cell).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// Titles compared without case, quotes, accents on capitals' behalf or a final period.
    static func normalized(_ title: String) -> String {
        let unescaped = title.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(
            of: "&quot;", with: "\"")
        let kept = unescaped.lowercased().filter { !"«»“”\"'.".contains($0) }
        return kept.split(separator: " ").joined(separator: " ")
    }

    /// Words of text in the page's `<main>`, tags left out.
    static func words(inMainOf html: String) -> Int {
        words(between: "<main", and: "</main>", in: html)
    }

    /// Words of the page's own body (not navigation, table of contents or backlinks).
    static func words(inBodyOf html: String) -> Int {
        words(between: "<div class=\"cuerpo\">", and: "</article>", in: html)
    }

    private static func words(between open: String, and close: String, in html: String) -> Int {
        guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex)
        else { return 0 }
        let text = html[start.upperBound..<end.lowerBound].replacing(/<[^>]*>/, with: " ")
        return text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }.count
    }

    /// The relative URL from one built page to another, as the site writes it.
    static func relative(from: String, to: String) -> String {
        var fromParts = from.split(separator: "/").dropLast()
        var toParts = to.split(separator: "/")[...]
        while let first = fromParts.first, let other = toParts.first, first == other, toParts.count > 1 {
            fromParts.removeFirst()
            toParts.removeFirst()
        }
        return (Array(repeating: "..", count: fromParts.count) + toParts.map(String.init)).joined(separator: "/")
    }
}
