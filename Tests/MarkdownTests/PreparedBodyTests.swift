import Files
import Testing

@testable import Markdown

/// A body prepared at LOAD and filled at RENDER reads exactly as one parsed again and drawn
/// from its tree, whatever it holds.
@Suite struct PreparedBodyTests {
    static let terms = [
        MentionTarget(forms: ["alianza estratégica", "alianzas estratégicas"], destination: "glosario.html#alianza"),
        MentionTarget(forms: ["red"], exactForms: ["OSC"], destination: "../g & h/glosario.html#osc"),
        MentionTarget(forms: ["incidencia"], destination: ""),
        MentionTarget(forms: ["señal"], destination: "javascript:alert(1)"),
    ]

    static let bodies = [
        "# Título\n\nUna red y una alianza estratégica.\n\n## Red\n\nOtra red, la OSC.\n",
        "| a | b |\n|---|---|\n| la red | una *alianza estratégica* |\n| señal | x |\n",
        "Ver [](ref:a) y [texto](b.md \"título\") y ![](img/a b.png) y ![alt *x*](c.png 'T').\n",
        "[<https://ejemplo.org>](x) y <https://ejemplo.org/a?b=1&c='d'> y [red](javascript:x).\n",
        "Texto con nota[^1] sobre la red.\n\n[^1]: La OSC y una señal.\n\n## Después\n",
        "- [ ] red pendiente\n- [x] alianza estratégica hecha\n\n> cita con red\n\n    código red\n",
        "`red` en código, **red** fuerte, ~~alianza estratégica~~ y \"comillas\" & <menor>.\n",
        "![una [red](a.md) dentro](i.png) y [![img](i.png)](b.md) y [](c.md)\n\n### red\n",
        "Cierre <b>crudo</b> y red.\n\n<div>bloque</div>\n\nUna señal; otra ñandú.\n",
        "",
    ]

    @Test(arguments: bodies, [false, true])
    func readsAsTheTreeDoes(_ text: String, allowsRawHTML: Bool) throws {
        let options = MarkdownOptions(allowsRawHTML: allowsRawHTML)
        let tree = MarkdownDocument(parsing: text, options: options)
        let anchors = tree.headings.indices.map { "a\($0)-\"x\"" }
        let links = tree.links.indices.map { index -> LinkRewrite? in
            switch index % 4 {
            case 0: LinkRewrite(destination: "../dir/pág \(index).html#f'&x", fillText: "Relleno <\(index)> & \"más\"")
            case 1: nil
            case 2: LinkRewrite(destination: "JavaScript:uno()", fillText: nil)
            default: LinkRewrite(destination: "data:image/png;base64,AA")
            }
        }
        tree.linkFirstMentions(of: Self.terms, className: "termino")
        tree.setHeadingAnchors(anchors)
        tree.rewriteLinks { index, _ in links[index] }

        let document = MarkdownDocument(parsing: text, options: options)
        let prepared = try #require(document.prepareBody(of: text))
        let filled = prepared.filled(
            anchors: anchors, links: links, mentions: MentionIndex(Self.terms.map { ($0.forms, $0.exactForms) }),
            destinations: Self.terms.map(\.destination), className: "termino")
        #expect(filled == tree.renderHTML())
    }

    @Test func leavesEverythingAsWrittenWithNothingToChange() throws {
        let text = "# T\n\nUna [red](a.md).\n"
        let prepared = try #require(MarkdownDocument(parsing: text).prepareBody(of: text))
        let filled = prepared.filled(
            anchors: ["t"], links: [nil], mentions: MentionIndex([]), destinations: [], className: "termino")
        #expect(filled == "<h1 id=\"t\">\nT\n</h1>\n<p>Una <a href=\"a.md\">red</a>.</p>\n")
    }

    /// A build from nothing keeps the bodies in a temporary file: each reads back as it was.
    @Test func aSpilledBodyFillsAsTheHeldOne() throws {
        let file = try #require(SpillFile())
        for text in Self.bodies {
            let prepared = try #require(MarkdownDocument(parsing: text).prepareBody(of: text))
            let spilled = prepared.spilled(to: file)
            #expect(spilled == prepared)
            let fill = { (body: PreparedBody) in
                body.filled(
                    anchors: (0..<8).map { "a\($0)" }, links: Array(repeating: nil, count: 8),
                    mentions: MentionIndex(Self.terms.map { ($0.forms, $0.exactForms) }),
                    destinations: Self.terms.map(\.destination), className: "termino")
            }
            #expect(fill(spilled) == fill(prepared))
        }
    }

    static let blockBodies = [
        "```carta\nuno: 1\n```\n\nUna red.\n\n```yaml\ndos: <2>\n```\n",
        "Texto antes\n```carta\nx\n```\n- en lista\n\n  ```carta\ny\n  ```\n- otra\n",
        "> cita\n> ```carta\n> z\n> ```\n\n1. uno\n   ```a\n   b\n   ```\n\n    sangrado\n",
        "## [Red](a.md)\n\n```carta\n```\n\nFin con nota[^1].\n\n[^1]: Una ```carta``` en línea.\n",
    ]

    /// What the theme draws for a data block: nothing, an empty text, a line, lines.
    static let drawings: [String?] = [nil, "", "<div class=\"carta\">x</div>", "<div>\n<p>y</p>\n</div>\n"]

    /// Data blocks are drawn at RENDER into the prepared HTML as into the tree.
    @Test(arguments: blockBodies, 0..<drawings.count)
    func drawsDataBlocksAsTheTreeDoes(_ text: String, drawing: Int) throws {
        let tree = MarkdownDocument(parsing: text)
        let drawn = tree.codeBlocks.indices.map { Self.drawings[(drawing + $0) % Self.drawings.count] }
        for (index, html) in drawn.enumerated() {
            if let html { tree.replaceCodeBlock(index, withHTML: html) }
        }
        let anchors = tree.headings.indices.map { "h\($0)" }
        let links = tree.links.indices.map { LinkRewrite(destination: "d\($0).html", fillText: nil) }
        tree.linkFirstMentions(of: Self.terms, className: "termino")
        tree.setHeadingAnchors(anchors)
        tree.rewriteLinks { index, _ in links[index] }

        let document = MarkdownDocument(parsing: text)
        let prepared = try #require(document.prepareBody(of: text, dataBlocks: Array(document.codeBlocks.indices)))
        let filled = prepared.filled(
            anchors: anchors, links: links, mentions: MentionIndex(Self.terms.map { ($0.forms, $0.exactForms) }),
            destinations: Self.terms.map(\.destination), className: "termino", blocks: drawn)
        #expect(filled == tree.renderHTML())
    }

    @Test func doesNotPrepareDataBlocksBesideTableCards() {
        let text = "<!-- fichas -->\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```carta\nx\n```\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.prepareBody(of: text, dataBlocks: [0]) == nil)
    }

    @Test(arguments: ["Un &#1;a0&#2; falso.\n", "Un \u{1}a0\u{2} falso.\n", "Un &#x1; falso.\n"])
    func refusesTextThatCouldForgeAMark(_ text: String) {
        #expect(MarkdownDocument(parsing: text).prepareBody(of: text) == nil)
    }
}
