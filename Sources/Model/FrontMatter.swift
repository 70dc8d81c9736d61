import Diagnostics

/// The typed front matter of a page. Locations point at each value, for errors about it.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var id: String?
    public var idLocation: SourceLocation?
    public var order: Int?
    /// An explicit number (`3.1.1`, `IV`) that replaces the computed one.
    public var number: String?
    public var summary: String?
    /// Only in a section's `_index.md`: how the section numbers its children.
    public var numbering: Numbering?
    /// Sessions this page is a product of; the session's page lists it.
    public var sessions: [Int]
    /// `numero_en_enlaces: false`: the number shows on the page itself, not where other pages
    /// name it (navigation, breadcrumbs, «anterior / siguiente», filled links).
    public var numberInLinks = true

    public init(
        title: String,
        id: String? = nil,
        idLocation: SourceLocation? = nil,
        order: Int? = nil,
        number: String? = nil,
        summary: String? = nil,
        numbering: Numbering? = nil,
        sessions: [Int] = []
    ) {
        self.title = title
        self.id = id
        self.idLocation = idLocation
        self.order = order
        self.number = number
        self.summary = summary
        self.numbering = numbering
        self.sessions = sessions
    }
}
