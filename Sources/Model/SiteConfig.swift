/// The optional `content/libro.yml`: what the whole site is called and how it is built.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    public var credits: String
    /// BCP 47 language tag for `<html lang>`.
    public var language: String
    /// Public address of the site, used only for absolute URLs in `sitemap.xml`.
    public var baseURL: String?
    /// Slugs of the organizations whose data this site includes.
    public var organizations: [String]
    /// Pass raw HTML written in Markdown through to the pages.
    public var allowsRawHTML: Bool

    public init(
        title: String = "Libro",
        description: String = "",
        credits: String = "",
        language: String = "es",
        baseURL: String? = nil,
        organizations: [String] = [],
        allowsRawHTML: Bool = false
    ) {
        self.title = title
        self.description = description
        self.credits = credits
        self.language = language
        self.baseURL = baseURL
        self.organizations = organizations
        self.allowsRawHTML = allowsRawHTML
    }
}
