import Foundation
import Markdown
import Model

/// A page without front matter, read as mdBook, MkDocs and GitHub read Markdown: its title is
/// its first `#` heading, which the page then does not show again under the title, and its id
/// comes from its path.
enum PlainPage {
    /// The front matter the page stands for and its body without the title heading. The title
    /// is empty when the page has no `#` heading: `SUMMARY.md` may still name it.
    static func split(_ source: SourceText, options: MarkdownOptions) -> (FrontMatter, String) {
        let text = source.text
        // A text cmark is slow on is left to the body's reading, which refuses it where it is.
        guard ComplexityScan(text).exceeded.isEmpty else { return (FrontMatter(title: ""), text) }
        let document = MarkdownDocument(parsing: text, options: options)
        guard
            let heading = document.headings.first(where: { $0.level == 1 && $0.isTopLevel }),
            heading.position.line >= 1
        else { return (FrontMatter(title: ""), text) }
        let title = heading.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { return (FrontMatter(title: ""), text) }
        return (FrontMatter(title: title), blanking(heading.position.line...heading.endLine, of: text))
    }

    /// `text` with `lines` (1-based) emptied but kept, so every other place keeps its line.
    static func blanking(_ lines: ClosedRange<Int>, of text: String) -> String {
        let utf8 = text.utf8
        var line = 1
        var start = utf8.startIndex
        var cut: String.Index?
        while start < utf8.endIndex {
            if line == lines.lowerBound { cut = start }
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            guard line < lines.upperBound || cut == nil else {
                let rest = end < utf8.endIndex ? String(text[end...]) : ""
                return String(text[..<(cut ?? start)]) + String(repeating: "\n", count: lines.count - 1) + rest
            }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
            line += 1
        }
        return text
    }
}
