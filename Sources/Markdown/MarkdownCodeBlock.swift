/// A fenced code block as found in the source, in document order.
public struct MarkdownCodeBlock: Sendable, Equatable {
    /// The first word of the info string: `actividad` for a block opened with ```` ```actividad ````.
    public let info: String
    public let literal: String
    /// Where the opening fence is.
    public let position: SourcePosition
    /// Index into the document's headings of the heading right before the block, when nothing
    /// stands between the two.
    public let headingAbove: Int?

    public init(info: String, literal: String, position: SourcePosition, headingAbove: Int?) {
        self.info = info
        self.literal = literal
        self.position = position
        self.headingAbove = headingAbove
    }
}
