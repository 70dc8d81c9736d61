import Foundation
import LibroKit
import Testing

/// Rules a page keeps whatever the theme draws. The expected sites (`ExpectedSiteTests`) pin the
/// fixture pages whole, with these rules in them; they are asserted here as well because an
/// expected site regenerated for an intended change could take in a break of one unnoticed.
@Suite struct RenderedPageTests {
    /// The pages of a fixture package, built into a temporary folder.
    static func pages(of fixture: String) throws -> [String: String] {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        #expect(Libro.build(Fixtures.options(content: Fixtures.content(fixture), output: output)).succeeded)
        return try snapshot(of: output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// basico's introduction holds a `<script>` block, which safe mode drops.
    @Test func onlyTheThemesScriptsReachAPage() throws {
        let page = try #require(try Self.pages(of: "basico")["guia/introduccion.html"])
        // The class switch in the head, then the menu, search, offline reader and fill-in scripts.
        #expect(page.components(separatedBy: "<script").count - 1 == 5)
        #expect(!page.contains("alert("))
    }

    /// Terms link to the glossary from every other page, never from the glossary itself.
    @Test func theGlossaryDoesNotLinkItsOwnTerms() throws {
        let glossary = try #require(try Self.pages(of: "cartas")["glosario.html"])
        #expect(glossary.contains(#"<h2 id="alianza-estrategica">"#))
        #expect(!glossary.contains(#"class="termino""#))
    }
}
