import Model

/// LINK's result: every page placed, numbered and cross-referenced, in reading order.
public struct LinkedSite: Sendable {
    public let config: SiteConfig
    /// Pages in reading order (the order of the navigation tree, depth first).
    public let pages: [LinkedPage]
    /// The navigation tree below the home page.
    public let navigation: [NavigationNode]
    public let staticFiles: [StaticFile]
    /// Glossary terms, in reading order of the pages that define them.
    public let glossary: [GlossaryEntry]
    /// Session number → index into `pages` of its carta.
    public let sessions: [Int: Int]
    /// The organizations whose data this site includes.
    public let organizations: [Organization]
    /// Worksheet id → index into `pages` of the page that defines it.
    public let worksheets: [String: Int]
    /// The package's method, for drawing what its organizations keep.
    public let method: PackageMethod
    /// Organization slug → its data as pages and worksheets read it.
    public let views: [String: DataView]
    /// The shape of those views, from the method alone: what worksheets' paths name.
    public let dataSchema: DataSchema?

    public func organization(_ slug: String) -> Organization? {
        organizations.first { $0.slug == slug }
    }
}

/// A node of the navigation tree: a page and, for a section, what it holds.
public struct NavigationNode: Sendable, Equatable {
    /// Index into `LinkedSite.pages`.
    public let page: Int
    public let children: [NavigationNode]
    /// A part title shown above this entry (a book ordered by `SUMMARY.md`).
    public var part: String?

    public init(page: Int, children: [NavigationNode], part: String? = nil) {
        self.page = page
        self.children = children
        self.part = part
    }
}

/// A page with everything LINK computed for it.
public struct LinkedPage: Sendable, Equatable {
    /// Index into the loaded pages (and their documents).
    public let source: Int
    public let id: String
    public let title: String
    /// `3.1.1`, `IV`, or nil for an unnumbered page.
    public let number: String?
    public let summary: String?
    /// Where the page is written, relative to the site root: `guia/introduccion.html`.
    public let outputPath: String
    /// One anchor per heading of the body, in order.
    public let anchors: [String]
    /// Each anchor's heading, so a link's anchor is found without walking every heading: a page
    /// of many headings and many links to them took time that grew as their product.
    let headingByAnchor: [String: Int]
    /// The body's headings, as loaded.
    public let headings: [HeadingOccurrence]
    public let tableOfContents: [TableOfContentsEntry]
    /// One entry per link of the body; nil leaves the link as written.
    public internal(set) var links: [ResolvedLink?]
    /// Pages that link here, in reading order (indices into `LinkedSite.pages`).
    public internal(set) var backlinks: [Int]
    /// Ancestor pages from the home page down (indices into `LinkedSite.pages`).
    public let breadcrumbs: [Int]
    /// The pages before and after this one in reading order (`ReadingOrder`).
    public internal(set) var previous: Int?
    public internal(set) var next: Int?
    /// The page's data blocks, as loaded.
    public let blocks: [PageBlock]
    /// True for a page that gathers others (a `compilacion` block): it is rendered after them and
    /// left out of search, which already has its pages.
    public var gathersPages: Bool {
        blocks.contains { if case .compilation = $0.content { true } else { false } }
    }

    /// True for a page meant to be printed whole (a print pack or a book): `--pdf` prints it.
    public var printsAsDocument: Bool {
        blocks.contains {
            switch $0.content {
            case .printPack, .compilation: true
            default: false
            }
        }
    }

    /// Where `--pdf` writes this page's PDF: beside it, `.pdf` for `.html`.
    public var pdfPath: String {
        (outputPath.hasSuffix(".html") ? String(outputPath.dropLast(5)) : outputPath) + ".pdf"
    }

    /// The page's carta descriptiva, when it has a `carta` block.
    public internal(set) var carta: LinkedCarta?
    /// For a carta: pages that are products of its session (an organization's), in reading order.
    public internal(set) var products: [Int]
    /// False when the page's number shows only on the page itself (`numero_en_enlaces`).
    public let numberInLinks: Bool

    /// The index into `headings` of the heading whose anchor is `anchor`.
    public func heading(anchored anchor: String) -> Int? {
        headingByAnchor[anchor]
    }

    /// The number other pages show beside the title when they name this page.
    public var linkNumber: String? { numberInLinks ? number : nil }

    /// The page as other pages name it: `numberedTitle`, or the title alone when the page keeps
    /// its number to itself.
    public var linkTitle: String { numberInLinks ? numberedTitle : title }

    /// "3.1 Entendiendo nuestro sistema", "IV. Objetivo general": the title as shown.
    public var numberedTitle: String {
        guard let number else { return title }
        return number.contains(".") ? "\(number) \(title)" : "\(number). \(title)"
    }
}

public struct TableOfContentsEntry: Sendable, Equatable {
    public let level: Int
    public let text: String
    public let anchor: String
}

/// A link target as it goes into the HTML.
public struct ResolvedLink: Sendable, Equatable {
    public let destination: String
    /// Text for a link written without any (`[](ref:id)`).
    public let fillText: String?
}
