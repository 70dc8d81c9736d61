/// A heading as found in the source, in document order.
public struct MarkdownHeading: Sendable, Equatable {
    public let level: Int
    /// The heading's text with inline markup removed.
    public let text: String
    public let position: SourcePosition
}
