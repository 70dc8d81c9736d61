/// A term whose first mention in a page's running text becomes a link (a glossary entry).
public struct MentionTarget: Sendable, Equatable {
    /// Written forms matched without regard to case: `alianza estratégica`, `alianzas estratégicas`.
    public let forms: [String]
    /// Forms matched exactly as written, such as acronyms (`OSC`), which would otherwise match
    /// ordinary words.
    public let exactForms: [String]
    /// Where the link points, already relative to the page.
    public let destination: String

    public init(forms: [String], exactForms: [String] = [], destination: String) {
        self.forms = forms
        self.exactForms = exactForms
        self.destination = destination
    }
}
