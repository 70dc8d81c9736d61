import Testing

@testable import Markdown

@Suite struct MarkdownExampleTests {
    @Test("Examples.md renders as written", arguments: try MarkdownExample.all())
    func example(_ example: MarkdownExample) {
        let document = MarkdownDocument(
            parsing: example.markdown, options: MarkdownOptions(allowsRawHTML: example.allowsRawHTML))
        #expect(document.renderHTML() == example.html)
    }

    @Test func examplesFileIsNotEmpty() throws {
        #expect(try MarkdownExample.all().count >= 8)
    }
}
