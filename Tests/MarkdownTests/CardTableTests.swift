import Testing

@testable import Markdown

/// Tables marked `<!-- fichas -->` (the rendered markup is pinned in Examples.md).
@Suite struct CardTableTests {
    static let marked = "<!-- fichas -->\n| La *clave* | [x](a.md) |\n| --- | --- |\n| una red | [b](b.md) |\n"

    @Test func aMarkIsNeitherRawHTMLNorStray() {
        let document = MarkdownDocument(parsing: Self.marked)
        #expect(document.rawHTML.isEmpty)
        #expect(document.strayCardMarkers.isEmpty)
    }

    @Test func marksWithoutATableBelowAreStrayWhereverTheyStand() {
        let text = "<!-- fichas -->\nTexto.\n\n> <!-- Fichas -->\n\n<!-- fichas -->\n<!-- fichas -->\n| a |\n| - |\n"
        let document = MarkdownDocument(parsing: text)
        #expect(
            document.strayCardMarkers == [
                SourcePosition(line: 1, byteColumn: 1), SourcePosition(line: 4, byteColumn: 3),
                SourcePosition(line: 6, byteColumn: 1),
            ])
        #expect(document.rawHTML.isEmpty)
        #expect(
            document.renderHTML().hasPrefix(
                "<p>Texto.</p>\n<blockquote>\n</blockquote>\n<table class=\"tabla-fichas\">"))
    }

    @Test func otherCommentsStayRawHTML() {
        let document = MarkdownDocument(parsing: "<!-- fichas de color -->\n| a |\n| - |\n| 1 |\n")
        #expect(document.rawHTML.count == 1)
        #expect(!document.renderHTML().contains("tabla-fichas"))
    }

    /// The body LOAD renders ahead, with its marks for links and terms, is labelled too, and
    /// links and glossary terms in the cells still get filled in.
    @Test func aPreparedBodyIsLabelled() throws {
        let document = MarkdownDocument(parsing: Self.marked)
        let prepared = try #require(document.prepareBody(of: Self.marked))
        let html = prepared.filled(
            anchors: [], links: [LinkRewrite(destination: "x.html"), nil],
            mentions: MentionIndex([(["red"], [])]), destinations: ["g.html#red"], className: "termino")
        #expect(html.hasPrefix("<table class=\"tabla-fichas\">\n"))
        #expect(html.contains(#"<td data-etiqueta="La clave">una <a href="g.html#red">red</a></td>"#))
        #expect(html.contains(#"<td data-etiqueta="x"><a href="b.md">b</a></td>"#))
    }
}
