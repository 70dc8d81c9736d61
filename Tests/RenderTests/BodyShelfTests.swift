import Markdown
import Testing

@testable import Render

@Suite struct BodyShelfTests {
    let bodies = ["uno", "dos"].map { MarkdownSource(text: $0, options: MarkdownOptions()) }

    @Test func aBuildLetsABodyGoAfterItsLastReader() {
        let shelf = BodyShelf(releasing: bodies)
        shelf.expectReader(of: 0)
        shelf.expectReader(of: 0)
        shelf.expectReader(of: 1)
        #expect(shelf.take(0).text == "uno")
        #expect(shelf.holds(0))
        #expect(shelf.take(0).text == "uno")
        #expect(!shelf.holds(0))
        #expect(shelf.holds(1))
        #expect(shelf.take(1).text == "dos")
        #expect(!shelf.holds(1))
    }

    @Test func aRebuildKeepsEveryBody() {
        let shelf = BodyShelf(keeping: bodies)
        shelf.expectReader(of: 0)
        #expect(shelf.take(0).text == "uno")
        #expect(shelf.take(0).text == "uno")
        #expect(shelf.holds(0))
        #expect(shelf.holds(1))
    }
}
