import Diagnostics
import Foundation
import Markdown
import Model

/// Reads `SUMMARY.md` in mdBook's format: an optional title, prefix chapters, numbered chapters
/// (list items, nested by indentation), part titles, separators, drafts without a file, and
/// suffix chapters. A part title heads the next top-level chapter in the navigation; separators
/// only space mdBook's sidebar. Numbering runs on across both, as in mdBook.
enum SummaryDecoder {
    static let fileName = "SUMMARY.md"

    static func decode(_ source: SourceText, diagnostics: inout DiagnosticList) -> BookSummary {
        var tree = SummaryTree()
        var inComment = false
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.contains("-->")
                continue
            }
            // The book's title, then part titles, which head the next chapter in the navigation;
            // separators only space mdBook's sidebar.
            if line.hasPrefix("#") {
                if tree.hasTitle { tree.part = plain(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)) }
                tree.hasTitle = true
                continue
            }
            if line.isEmpty || isSeparator(line) { continue }
            tree.hasTitle = true
            let indent = raw.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            let isNumbered = ["- ", "* ", "+ "].contains { line.hasPrefix($0) }
            let item = isNumbered ? line.dropFirst(2).trimmingCharacters(in: .whitespaces) : line
            let location = source.location(line: offset + 1, byteColumn: indent + 1)
            guard let (title, target) = link(in: item) else {
                diagnostics.append(
                    .error(
                        "sumario-linea-no-valida",
                        "esta línea de SUMMARY.md no es un capítulo (`- [Título](archivo.md)` o `[Título](archivo.md)`), un título de parte (`# …`) ni un separador (`---`)",
                        at: location))
                continue
            }
            guard let path = chapterPath(target, at: location, diagnostics: &diagnostics) else { continue }
            let chapter = BookSummary.Chapter(
                title: title, path: path.isEmpty ? nil : path, location: location, isNumbered: isNumbered)
            if isNumbered {
                tree.open(chapter, indent: indent)
            } else {
                tree.closeAll()
                tree.appendTopLevel(chapter)
            }
        }
        tree.closeAll()
        return BookSummary(chapters: tree.chapters)
    }

    /// `[Título](archivo.md)` → its text and target; nil when the line is not one link.
    static func link(in item: String) -> (title: String, target: String)? {
        guard item.hasPrefix("["), item.hasSuffix(")"), let middle = item.range(of: "](", options: .backwards)
        else { return nil }
        let title = item[item.index(after: item.startIndex)..<middle.lowerBound]
        var target = item[middle.upperBound..<item.index(before: item.endIndex)]
        if target.hasPrefix("<") && target.hasSuffix(">") && target.count >= 2 {
            target = target.dropFirst().dropLast()
        }
        return (plain(title.trimmingCharacters(in: .whitespaces)), target.trimmingCharacters(in: .whitespaces))
    }

    /// The title as mdBook's sidebar reads it: `*Huerto* en \`casa\`` is «Huerto en casa».
    private static func plain(_ title: String) -> String {
        guard title.contains(where: { "*_`\\<&[!~".contains($0) }) else { return title }
        return MarkdownDocument(parsing: "# " + title).headings.first?.text ?? title
    }

    /// The target as a path inside `content/` ("" for a draft); nil, reported, when it is not a
    /// page of the folder.
    private static func chapterPath(
        _ target: String, at location: SourceLocation, diagnostics: inout DiagnosticList
    ) -> String? {
        guard !target.isEmpty else { return "" }
        let decoded = target.removingPercentEncoding ?? target
        let parts = decoded.split(separator: "/").filter { $0 != "." }
        guard !decoded.hasPrefix("/"), !decoded.contains(":"), !parts.contains(".."), !parts.isEmpty else {
            diagnostics.append(
                .error(
                    "sumario-fuera-de-contenido",
                    "SUMMARY.md nombra «\(target)», que no es una página dentro de la carpeta de contenido; los capítulos son archivos `.md` de esa carpeta, con rutas relativas a ella",
                    at: location))
            return nil
        }
        let path = parts.joined(separator: "/")
        guard path.hasSuffix(".md") else {
            diagnostics.append(
                .error(
                    "sumario-no-es-pagina",
                    "SUMMARY.md nombra «\(target)», que no es un archivo `.md`; cada capítulo enlaza la página Markdown que lo contiene",
                    at: location))
            return nil
        }
        return path
    }

    /// `---`, `***` or `___`, as Markdown draws a rule.
    private static func isSeparator(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && ["-", "*", "_"].contains { mark in marks.allSatisfy { $0 == mark } }
    }
}

/// Numbered chapters nest under the last one less indented.
private struct SummaryTree {
    var chapters: [BookSummary.Chapter] = []
    private var open: [(indent: Int, chapter: BookSummary.Chapter)] = []
    /// Whether a line other than the book's title has been read: a `#` line after it is a part.
    var hasTitle = false
    /// A part title waiting for the top-level chapter it heads.
    var part: String?

    mutating func open(_ chapter: BookSummary.Chapter, indent: Int) {
        while let last = open.last, last.indent >= indent { close() }
        var chapter = chapter
        if open.isEmpty { (chapter.part, part) = (part, nil) }
        open.append((indent, chapter))
    }

    mutating func appendTopLevel(_ chapter: BookSummary.Chapter) {
        var chapter = chapter
        (chapter.part, part) = (part, nil)
        chapters.append(chapter)
    }

    mutating func closeAll() {
        while !open.isEmpty { close() }
    }

    private mutating func close() {
        guard let (_, chapter) = open.popLast() else { return }
        if open.isEmpty {
            chapters.append(chapter)
        } else {
            open[open.count - 1].chapter.children.append(chapter)
        }
    }
}
