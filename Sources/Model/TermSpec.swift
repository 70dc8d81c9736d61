import Diagnostics

/// A glossary entry's `termino` block; the term itself is the heading above it.
public struct TermSpec: Sendable, Equatable {
    /// Other written forms, matched without regard to case (plurals, alternatives).
    public var variants: [String]
    /// Acronyms, matched exactly as written.
    public var acronyms: [String]

    public init(variants: [String] = [], acronyms: [String] = []) {
        self.variants = variants
        self.acronyms = acronyms
    }
}

/// One entry of a `referencias` block: a bibliographic reference as the package gives it.
public struct Reference: Sendable, Equatable {
    /// What citations name it by (`[Covey, 1989](cita:covey-1989)`), and where it is written.
    public var key: String?
    public var keyLocation: SourceLocation?
    public var authors: String?
    public var year: String?
    public var title: String?
    public var publication: String?
    public var url: String?
    public var note: String?

    public init(
        authors: String? = nil,
        year: String? = nil,
        title: String?,
        publication: String? = nil,
        url: String? = nil,
        note: String? = nil
    ) {
        self.authors = authors
        self.year = year
        self.title = title
        self.publication = publication
        self.url = url
        self.note = note
    }
}
