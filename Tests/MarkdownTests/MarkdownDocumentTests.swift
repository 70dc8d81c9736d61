import Testing

@testable import Markdown

@Suite struct MarkdownDocumentTests {
    let source = """
        # Título

        Texto con [enlace](ref:lt-3-1#las-5r) y
        otro [](../guia/a.md).

        ## 3.1 Entendiendo *nuestro* sistema

        <b>crudo</b>

        ![Mapa](img/mapa.png)
        """

    @Test func walksHeadingsInOrderWithTheirText() {
        let document = MarkdownDocument(parsing: source)
        #expect(
            document.headings == [
                // The only sentence holds a link with no text yet, so the card text is empty.
                MarkdownHeading(level: 1, text: "Título", position: SourcePosition(line: 1, byteColumn: 1), lead: ""),
                MarkdownHeading(
                    level: 2,
                    text: "3.1 Entendiendo nuestro sistema",
                    position: SourcePosition(line: 6, byteColumn: 1),
                    lead: "crudo"
                ),
            ]
        )
    }

    @Test func leadsLeaveOutSentencesThatOnlyPointElsewhere() {
        let document = MarkdownDocument(
            parsing:
                "## Red\n\nUn conjunto de actores. Se une por un tema. Ver [](ref:lt-1-2).\n\n## Otra\n\n¿Qué es?\n")
        #expect(document.headings.map(\.lead) == ["Un conjunto de actores. Se une por un tema.", "¿Qué es?"])
    }

    @Test func walksLinksAndImagesWithPositions() {
        let document = MarkdownDocument(parsing: source)
        #expect(document.links.map(\.destination) == ["ref:lt-3-1#las-5r", "../guia/a.md", "img/mapa.png"])
        #expect(document.links[0].position == SourcePosition(line: 3, byteColumn: 11))
        #expect(document.links[1].position == SourcePosition(line: 4, byteColumn: 6))
        #expect(document.links.map(\.hasEmptyText) == [false, true, false])
        #expect(document.links.map(\.isImage) == [false, false, true])
    }

    @Test func reportsRawHTML() {
        let document = MarkdownDocument(parsing: source)
        #expect(document.rawHTML.map(\.position.line) == [8, 8])
    }

    @Test func rewritesTargetsAndFillsEmptyLinks() {
        let document = MarkdownDocument(parsing: source)
        document.rewriteLinks { index, _ in
            switch index {
            case 0: LinkRewrite(destination: "../libro/3-1.html#las-5r")
            case 1: LinkRewrite(destination: "a.html", fillText: "I. Introducción")
            default: nil
            }
        }
        let html = document.renderHTML()
        #expect(html.contains(#"<a href="../libro/3-1.html#las-5r">enlace</a>"#))
        #expect(html.contains(#"<a href="a.html">I. Introducción</a>"#))
        #expect(html.contains(#"<img src="img/mapa.png" alt="Mapa" />"#))
    }

    @Test func givesHeadingsIDsInSafeMode() {
        let document = MarkdownDocument(parsing: source)
        document.setHeadingAnchors(["titulo", "3-1-entendiendo-nuestro-sistema"])
        let html = document.renderHTML()
        #expect(html.contains("<h1 id=\"titulo\">\nTítulo\n</h1>"))
        #expect(
            html.contains(
                "<h2 id=\"3-1-entendiendo-nuestro-sistema\">\n3.1 Entendiendo <em>nuestro</em> sistema\n</h2>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func escapesAnchorsInAttributes() {
        let document = MarkdownDocument(parsing: "## a\n")
        document.setHeadingAnchors(["x\"><script>"])
        #expect(document.renderHTML().hasPrefix("<h2 id=\"x&quot;&gt;&lt;script&gt;\">"))
    }
}
