/// A link or image target as written in the source, in document order.
public struct MarkdownLink: Sendable, Equatable {
    public let destination: String
    /// True when the link has no text (`[](ref:id)`), so the resolver may fill it in.
    public let hasEmptyText: Bool
    public let isImage: Bool
    public let position: SourcePosition
}

/// What a link becomes once resolved.
public struct LinkRewrite: Sendable, Equatable {
    public let destination: String
    /// Text to put inside a link that had none.
    public let fillText: String?

    public init(destination: String, fillText: String? = nil) {
        self.destination = destination
        self.fillText = fillText
    }
}
