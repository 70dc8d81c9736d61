import Diagnostics

/// The optional `content/libro.yml`: what the whole site is called and how it is built.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    /// What a phone shows under the site's icon on its home screen (`titulo_corto`); the title
    /// when nil.
    public var shortTitle: String?
    public var description: String
    public var credits: String
    /// BCP 47 language tag for `<html lang>`.
    public var language: String
    /// Public address of the site, used only for absolute URLs in `sitemap.xml`.
    public var baseURL: String?
    /// Slugs of the organizations whose data this site includes.
    public var organizations: [String]
    /// Where `libro.yml` names them, for errors about a missing one.
    public var organizationsLocation: SourceLocation?
    /// Paper size for print: `carta` (Letter) or `a4`.
    public var paper: Paper
    /// Pass raw HTML written in Markdown through to the pages.
    public var allowsRawHTML: Bool
    /// Show on the pages the notes meant for whoever maintains the package (a carta whose times
    /// do not add up, breaks the package gives no duration); off, they stay in the build output only.
    public var showsReviewNotes: Bool = false
    /// The id of a page every footer links to (what the site is and who made it), and where
    /// `libro.yml` names it.
    public var aboutPage: String?
    public var aboutPageLocation: SourceLocation?
    /// The browser that prints PDFs for `libro construir --pdf` (a path or a program on `PATH`), and
    /// where `libro.yml` names it.
    public var pdfBrowser: String?
    public var pdfBrowserLocation: SourceLocation?
    /// Report links to a page's `.html` name, as mdBook writes them (`avisar_enlaces_html`).
    public var warnsHTMLLinks = true
    /// Links every footer shows after the credits (`enlaces_pie`), in the order written.
    public var footerLinks: [FooterLink] = []
    /// `orden_de_lectura`: page ids read one after the other by «anterior / siguiente», each where
    /// `libro.yml` writes it (the linker reports an id no page has).
    public var readingOrder: [LocatedText] = []
    /// `edicion`: the day this edition of the package was closed, shown in every footer and printout.
    public var edition: CalendarDate?
    /// `navegacion_maxima`: how many of an open section's entries a page's navigation lists; a
    /// larger section shows a window of them and a link to the section's page, which lists all,
    /// so a page's size does not grow with its section.
    public var navigationLimit = SiteConfig.defaultNavigationLimit
    /// Larger than any section of the shipped packages, so they show every entry.
    public static let defaultNavigationLimit = 40
    /// Fewer entries would hide the neighbours a reader moves between.
    public static let smallestNavigationLimit = 5

    public init(
        title: String = "Libro",
        description: String = "",
        credits: String = "",
        language: String = "es",
        baseURL: String? = nil,
        organizations: [String] = [],
        organizationsLocation: SourceLocation? = nil,
        paper: Paper = .letter,
        allowsRawHTML: Bool = false
    ) {
        self.title = title
        self.description = description
        self.credits = credits
        self.language = language
        self.baseURL = baseURL
        self.organizations = organizations
        self.organizationsLocation = organizationsLocation
        self.paper = paper
        self.allowsRawHTML = allowsRawHTML
    }
}

/// The paper a site prints on.
public enum Paper: String, Sendable, CaseIterable {
    case letter = "carta"
    case a4

    /// The CSS `@page` size.
    public var cssSize: String { self == .letter ? "letter" : "A4" }
}
