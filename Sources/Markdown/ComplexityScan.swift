/// LOAD's first look at a page's Markdown, before cmark-gfm parses it: one pass over its bytes
/// that measures what makes the parser's work grow faster than the text (see `MarkdownLimit`)
/// and finds where the text first passes each limit. Every measure is an upper bound of what
/// cmark will meet, so a text the scan lets through costs the parser time in proportion to its
/// length, whichever version of the library parses it.
public struct ComplexityScan: Sendable {
    /// Where each limit is first passed, in the order found; empty when the text may be parsed.
    public let exceeded: [MarkdownLimitExceeded]
    /// The largest value each measure reaches in the text.
    public let largest: [MarkdownLimit: Int]

    public init(_ text: String) {
        var text = text
        let scanner = text.withUTF8 { bytes in
            var scanner = MarkdownScanner()
            scanner.read(bytes)
            return scanner
        }
        exceeded = scanner.exceeded
        largest = Dictionary(uniqueKeysWithValues: zip(MarkdownLimit.allCases, scanner.largest))
    }
}
