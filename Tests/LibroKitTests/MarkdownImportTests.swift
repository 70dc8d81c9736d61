import Foundation
import LibroKit
import Testing

/// A book written for mdBook (the `mdbook` fixture: no front matter, `SUMMARY.md`, footnotes,
/// links to `.html` names, raw HTML) built as it is.
@Suite struct MarkdownImportTests {
    private static func build(_ content: URL, into folder: TemporaryFolder) throws -> URL {
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: content, output: output))
        try #require(report.succeeded, "\(report.diagnostics.sorted)")
        return output
    }

    /// Each footnote mark links to its note and each note back to its mark, on the chapter's page
    /// and in the book that gathers two chapters with notes, where the ids stay unique.
    @Test(arguments: [("siembra/sembrar.html", 2), ("imprimir.html", 3)])
    func footnotesLinkBothWays(_ page: String, _ notes: Int) throws {
        let folder = try TemporaryFolder()
        let output = try Self.build(Fixtures.content("mdbook"), into: folder)
        let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "ids repetidos en \(page)")
        let marks = html.matches(of: /<a href="#([^"]+)" id="([^"]+)" data-footnote-ref>/)
        #expect(marks.count == notes)
        for mark in marks {
            let (note, back) = (String(mark.output.1), String(mark.output.2))
            #expect(ids.contains(note), "la marca apunta a «\(note)», que no está en \(page)")
            #expect(html.contains("<li id=\"\(note)\">"))
            #expect(
                html.contains("<a href=\"#\(back)\" class=\"footnote-backref\""),
                "la nota «\(note)» no vuelve a su marca")
        }
        #expect(html.contains("aria-label=\"Volver al texto\""))
        #expect(!html.contains("Back to content"))
    }

    /// `serve` rebuilds when `SUMMARY.md` changes, and the new order is the one a full build gives.
    /// Part titles head their first chapter in the navigation, even when the part opens with a
    /// draft; the book's own title heads nothing.
    @Test func partTitlesHeadTheirChaptersInTheNavigation() throws {
        let folder = try TemporaryFolder()
        let output = try Self.build(Fixtures.content("mdbook"), into: folder)
        let html = try String(contentsOf: output.appendingPathComponent("riego.html"), encoding: .utf8)
        let parts = html.matches(of: /<li class="titulo-parte">([^<]+)<\/li>\n<li[^>]*><a href="([^"]+)"/)
            .map { "\($0.output.1) → \($0.output.2)" }
        #expect(parts == ["Primera parte → siembra/index.html", "Segunda parte → plagas.html"])
        #expect(!html.contains(">Sumario<"))
    }

    @Test func aChangedSummaryReordersARebuild() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("mdbook"), to: content)
        var rebuilder = Rebuilder()
        let options = Fixtures.options(content: content, output: folder.url.appendingPathComponent("vivo"))
        #expect(rebuilder.build(options).succeeded)
        let summary = content.appendingPathComponent("SUMMARY.md")
        let text = try String(contentsOf: summary, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "- [El riego](riego.md)\n", with: "")
                .replacingOccurrences(of: "# Primera parte\n", with: "# Primera parte\n\n- [El riego](riego.md)\n").utf8
        ).write(to: summary)
        let report = rebuilder.build(options)
        #expect(report.succeeded)
        let riego = try String(
            contentsOf: folder.url.appendingPathComponent("vivo/riego.html"), encoding: .utf8)
        #expect(riego.contains("<h1>1. El riego</h1>"))
        let full = try Self.build(content, into: folder)
        #expect(try snapshot(of: full) == snapshot(of: folder.url.appendingPathComponent("vivo")))
    }

    /// mdBook's entry page is `README.md`; a book without `index.md` is told to rename it.
    @Test func aBookWithoutIndexIsToldToRenameItsEntryPage() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("mdbook"), to: content)
        try FileManager.default.removeItem(at: content.appendingPathComponent("index.md"))
        let report = Libro.check(Fixtures.options(content: content, output: folder.url.appendingPathComponent("s")))
        let errors = report.diagnostics.errors
        #expect(errors.map(\.code) == ["sin-inicio"])
        #expect(errors.first?.message.contains("(`README.md` en mdBook) a `index.md`") == true)
    }
}
