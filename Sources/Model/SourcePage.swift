import Diagnostics

/// A Markdown page as loaded: where it came from, its front matter, and the headings and links
/// its body holds (plain values; the parsed tree stays with the loader's document).
public struct SourcePage: Sendable, Equatable {
    /// Path inside `content/`, with `/` separators: `guia/introduccion.md`.
    public let path: String
    /// The location of the file's first line, as printed in diagnostics.
    public let location: SourceLocation
    public let frontMatter: FrontMatter
    public let headings: [HeadingOccurrence]
    public let links: [LinkOccurrence]
    /// Data blocks (cartas, activities, glossary terms, references) in document order.
    public let blocks: [PageBlock]

    public init(
        path: String,
        location: SourceLocation,
        frontMatter: FrontMatter,
        headings: [HeadingOccurrence],
        links: [LinkOccurrence],
        blocks: [PageBlock] = []
    ) {
        self.path = path
        self.location = location
        self.frontMatter = frontMatter
        self.headings = headings
        self.links = links
        self.blocks = blocks
    }

    /// `_index.md` is the page of the folder it sits in.
    public var isSectionIndex: Bool { path == "_index.md" || path.hasSuffix("/_index.md") }
    /// `index.md` at the top of `content/` is the home page.
    public var isHome: Bool { path == "index.md" }
}

public struct HeadingOccurrence: Sendable, Equatable {
    public let level: Int
    public let text: String
    public let location: SourceLocation

    public init(level: Int, text: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.location = location
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
