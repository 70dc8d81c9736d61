/// A page's Markdown body as text, with how to parse it. LOAD parses it to learn its headings,
/// links and blocks, then keeps only this: a parsed tree takes several times the memory of its
/// text, and RENDER parses again, one page at a time, when it needs the tree.
public struct MarkdownSource: Sendable, Hashable {
    public let text: String
    public let options: MarkdownOptions

    public init(text: String, options: MarkdownOptions) {
        self.text = text
        self.options = options
    }

    public func parse() -> MarkdownDocument {
        MarkdownDocument(parsing: text, options: options)
    }
}
