/// A glossary term defined by a `termino` block, with every form that links to it.
public struct GlossaryEntry: Sendable, Equatable {
    /// The term as its heading writes it.
    public let term: String
    /// Index into `LinkedSite.pages` of the page that defines it.
    public let page: Int
    public let anchor: String
    /// The term and its variants, matched without regard to case.
    public let forms: [String]
    /// Acronyms, matched exactly.
    public let exactForms: [String]
}
