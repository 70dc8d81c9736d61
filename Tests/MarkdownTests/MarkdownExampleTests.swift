import Testing

@testable import Markdown

@Suite struct MarkdownExampleTests {
    @Test("Examples.md renders as written", arguments: try MarkdownExample.all())
    func example(_ example: MarkdownExample) {
        let exceeded = ComplexityScan(example.markdown).exceeded
        guard !example.html.hasPrefix("error ") else {
            let refusal = exceeded.first.map {
                "error \($0.position.line):\($0.position.byteColumn) [\($0.limit.rawValue)]\n"
            }
            #expect(refusal == example.html)
            return
        }
        #expect(exceeded == [])
        let document = MarkdownDocument(
            parsing: example.markdown, options: MarkdownOptions(allowsRawHTML: example.allowsRawHTML))
        #expect(document.renderHTML() == example.html)
    }

    @Test func examplesFileIsNotEmpty() throws {
        #expect(try MarkdownExample.all().count >= 8)
    }
}
