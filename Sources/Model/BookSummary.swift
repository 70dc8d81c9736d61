import Diagnostics

/// `SUMMARY.md` as mdBook reads it: the chapters in reading order, nested as its lists nest.
/// When a package has one, it gives the order, numbers and nesting of the pages instead of
/// their folders and `orden`.
public struct BookSummary: Sendable, Equatable {
    public struct Chapter: Sendable, Equatable {
        /// The link's text: the title of a page that has neither front matter nor `#` heading.
        public let title: String
        /// Path inside `content/` of the chapter's page; nil for a draft (`[Título]()`).
        public let path: String?
        public let location: SourceLocation
        /// Numbered chapters are list items; prefix and suffix chapters are not.
        public let isNumbered: Bool
        public var children: [Chapter]
        /// The part title (`# Primera parte`) this top-level chapter opens, as mdBook's sidebar shows it.
        public var part: String?

        public init(
            title: String, path: String?, location: SourceLocation, isNumbered: Bool, children: [Chapter] = []
        ) {
            self.title = title
            self.path = path
            self.location = location
            self.isNumbered = isNumbered
            self.children = children
        }
    }

    public var chapters: [Chapter]

    public init(chapters: [Chapter] = []) {
        self.chapters = chapters
    }

    /// Every chapter, depth first.
    public var allChapters: [Chapter] {
        var found: [Chapter] = []
        var pending = chapters.reversed() as [Chapter]
        while let chapter = pending.popLast() {
            found.append(chapter)
            pending += chapter.children.reversed()
        }
        return found
    }
}
