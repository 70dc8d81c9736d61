import Diagnostics

/// A Markdown page as loaded: where it came from, its front matter, and the headings and links
/// its body holds (plain values; the parsed tree stays with the loader's document).
public struct SourcePage: Sendable, Equatable {
    /// Path inside `content/`, with `/` separators: `guia/introduccion.md`.
    public let path: String
    /// The location of the file's first line, as printed in diagnostics.
    public let location: SourceLocation
    public var frontMatter: FrontMatter
    public let headings: [HeadingOccurrence]
    public let links: [LinkOccurrence]
    /// Data blocks (cartas, activities, glossary terms, references) in document order.
    public let blocks: [PageBlock]
    /// Block quotes marked as notes of a kind (`> [!AGREGADO]`), in document order.
    public let callouts: [CalloutOccurrence]
    /// Sessions this page is a product of (`sesiones` in front matter), for the session's page to
    /// list it.
    public var sessions: [Int] { frontMatter.sessions }

    public init(
        path: String,
        location: SourceLocation,
        frontMatter: FrontMatter,
        headings: [HeadingOccurrence],
        links: [LinkOccurrence],
        blocks: [PageBlock] = [],
        callouts: [CalloutOccurrence] = []
    ) {
        self.path = path
        self.location = location
        self.frontMatter = frontMatter
        self.headings = headings
        self.links = links
        self.blocks = blocks
        self.callouts = callouts
    }

    /// `_index.md` is the page of the folder it sits in.
    public var isSectionIndex: Bool { path == "_index.md" || path.hasSuffix("/_index.md") }
    /// `index.md` at the top of `content/` is the home page.
    public var isHome: Bool { path == "index.md" }

    /// The explicit `id`, or one made from the path: `guia/introduccion`, `guia` for
    /// `guia/_index.md`, `inicio` for the home page.
    public var id: String {
        if let id = frontMatter.id { return id }
        if isHome { return "inicio" }
        if isSectionIndex { return String(path.dropLast("/_index.md".count)) }
        return String(path.dropLast(".md".count))
    }
}

public struct HeadingOccurrence: Sendable, Equatable {
    public let level: Int
    public let text: String
    public let location: SourceLocation
    /// The paragraph right below the heading, if any.
    public let lead: String?

    public init(level: Int, text: String, location: SourceLocation, lead: String? = nil) {
        self.level = level
        self.text = text
        self.location = location
        self.lead = lead
    }
}

public struct LinkOccurrence: Sendable, Equatable {
    public let destination: String
    public let hasEmptyText: Bool
    public let isImage: Bool
    public let location: SourceLocation

    public init(destination: String, hasEmptyText: Bool, isImage: Bool, location: SourceLocation) {
        self.destination = destination
        self.hasEmptyText = hasEmptyText
        self.isImage = isImage
        self.location = location
    }
}

/// A note of a kind the theme names (`> [!AGREGADO] opcional`): what an edition added to or
/// corrected in the original, say.
public struct CalloutOccurrence: Sendable, Equatable {
    /// The marker's word, lowered and without accents: `agregado`, `correccion`.
    public let kind: String
    /// The rest of the marker's line (`opcional, unos 15 minutos`), or empty.
    public let detail: String
    public let location: SourceLocation

    public init(kind: String, detail: String, location: SourceLocation) {
        self.kind = kind
        self.detail = detail
        self.location = location
    }
}
