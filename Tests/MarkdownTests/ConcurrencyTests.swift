import Testing

@testable import Markdown

/// cmark-gfm keeps the extensions' special characters in a process-wide table that each parser
/// fills and empties; documents parsed on several threads at once must still see them.
@Suite struct ConcurrencyTests {
    @Test func documentsParsedInParallelKeepTheirExtensions() async {
        let source = "Texto ~~tachado~~ y | tabla |\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
        let failures = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var failed = 0
                    for _ in 0..<300 {
                        let html = MarkdownDocument(parsing: source).renderHTML()
                        if !html.contains("<del>tachado</del>") || !html.contains("<table>") { failed += 1 }
                    }
                    return failed
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }
}
