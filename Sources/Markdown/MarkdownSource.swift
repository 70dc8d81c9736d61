import Files

/// A page's Markdown body as LOAD leaves it for RENDER. Most bodies are rendered from their one
/// parse into a `PreparedBody`, data blocks left as marks for RENDER to draw; one with callouts
/// (drawn by the theme around Markdown) keeps its text, parsed again one page at a time: a parsed
/// tree takes several times the memory of its text.
public struct MarkdownSource: Sendable, Hashable {
    /// Empty when the body is prepared.
    public let text: String
    public let options: MarkdownOptions
    public let prepared: PreparedBody?

    public init(text: String, options: MarkdownOptions) {
        self.text = text
        self.options = options
        prepared = nil
    }

    public init(prepared: PreparedBody, options: MarkdownOptions) {
        text = ""
        self.options = options
        self.prepared = prepared
    }

    /// The same source with its prepared body, if any, in `file` (`PreparedBody.spilled(to:)`).
    public func spilled(to file: SpillFile) -> MarkdownSource {
        guard let prepared else { return self }
        return MarkdownSource(prepared: prepared.spilled(to: file), options: options)
    }

    public func parse() -> MarkdownDocument {
        MarkdownDocument(parsing: text, options: options)
    }
}
