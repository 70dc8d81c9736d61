/// Where a page's Markdown first passes one of the limits.
public struct MarkdownLimitExceeded: Sendable, Equatable {
    public let limit: MarkdownLimit
    /// The value the text reached there: the limit's maximum plus one, or for the page's totals
    /// (table cells, reference expansion) the whole page's value.
    public let value: Int
    public let position: SourcePosition

    public init(limit: MarkdownLimit, value: Int, position: SourcePosition) {
        self.limit = limit
        self.value = value
        self.position = position
    }
}
