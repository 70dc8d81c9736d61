import Testing

@testable import Render

@Suite struct HTMLScanTests {
    /// Pieces as `text:…` and `tag:name/closing:source`, to compare in one line.
    private func pieces(_ html: String) -> [String] {
        var found: [String] = []
        HTMLScan.scan(html) { piece in
            switch piece {
            case .text(let text): found.append("text:\(text)")
            case .tag(let tag): found.append("tag:\(tag.name)/\(tag.closing):\(tag.source)")
            }
        }
        return found
    }

    @Test func cutsTextAndTagsInOrder() {
        #expect(
            pieces(#"Hola <h2 id="sesión-1">Sesión <em>1</em></h2>fin"#) == [
                "text:Hola ", #"tag:h2/false:<h2 id="sesión-1">"#, "text:Sesión ", "tag:em/false:<em>", "text:1",
                "tag:em/true:</em>", "tag:h2/true:</h2>", "text:fin",
            ])
        #expect(pieces("<br>") == ["tag:br/false:<br>"])
        #expect(pieces("sin etiquetas: ñandú") == ["text:sin etiquetas: ñandú"])
        #expect(pieces("") == [])
    }

    @Test func aTagThatNeverClosesIsText() {
        #expect(pieces("<p>a < b") == ["tag:p/false:<p>", "text:a < b"])
    }

    @Test func readsAttributesAsWritten() {
        let tag = HTMLScan.Tag(name: "a", closing: false, source: ##"<a class="x" href="#señal">"##)
        #expect(tag.attribute("href") == "#señal")
        #expect(tag.attribute("id") == nil)
    }
}
