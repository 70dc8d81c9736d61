/// A heading as found in the source, in document order.
public struct MarkdownHeading: Sendable, Equatable {
    public let level: Int
    /// The heading's text with inline markup removed.
    public let text: String
    public let position: SourcePosition
    /// The text of the paragraph right below the heading, if one follows it: what a card made
    /// from the heading says.
    public let lead: String?
    /// The last line the heading takes (a setext heading's underline), in the parsed text.
    public let endLine: Int
    /// Whether the heading stands at the top of the document, not inside a list or a quote.
    public let isTopLevel: Bool

    public init(
        level: Int, text: String, position: SourcePosition, lead: String? = nil, endLine: Int? = nil,
        isTopLevel: Bool = true
    ) {
        self.level = level
        self.text = text
        self.position = position
        self.lead = lead
        self.endLine = endLine ?? position.line
        self.isTopLevel = isTopLevel
    }
}
