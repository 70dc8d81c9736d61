import Diagnostics

/// Data written in a fenced block of a page (```` ```actividad ````), as LOAD decoded it.
/// The block stays valid CommonMark, so editors preview it; the build draws it with the theme.
public struct PageBlock: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case carta
        case actividad
        case receso
        case termino
        case referencias

        /// Kinds that describe the heading right above them.
        public var belongsToHeading: Bool { self == .actividad || self == .receso || self == .termino }
    }

    public enum Content: Sendable, Equatable {
        case carta(CartaHeader)
        case activity(ActivitySpec)
        case pause(PauseSpec)
        case term(TermSpec)
        case references([Reference])
    }

    /// Index into the page's fenced code blocks, in document order.
    public let codeBlock: Int
    /// Index into the page's headings of the heading the block describes.
    public let heading: Int?
    /// Where the opening fence is.
    public let location: SourceLocation
    public let content: Content

    public init(codeBlock: Int, heading: Int?, location: SourceLocation, content: Content) {
        self.codeBlock = codeBlock
        self.heading = heading
        self.location = location
        self.content = content
    }
}
