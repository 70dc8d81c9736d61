/// A link every page's footer shows, from `enlaces_pie` in `libro.yml`: another site, or a
/// folder hosted beside this one (a manual built on its own).
public struct FooterLink: Sendable, Equatable {
    public let title: String
    /// An address with a scheme (`https:`, `mailto:`), or a path from the site's root.
    public let target: String
    /// True for a path from the site's root, which each page reaches through its own `../`.
    public let isRelative: Bool

    public init(title: String, target: String, isRelative: Bool) {
        self.title = title
        self.target = target
        self.isRelative = isRelative
    }
}
