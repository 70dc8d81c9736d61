import Diagnostics
import Markdown
import Model

/// What LOAD read from `content/`: plain values plus each page's parsed document.
public struct LoadedContent: Sendable {
    public var config: SiteConfig
    /// Pages sorted by path; `documents[i]` is the parsed body of `pages[i]`.
    public var pages: [SourcePage]
    public var documents: [MarkdownDocument]
    public var staticFiles: [StaticFile]
    /// How `content/` is named in diagnostics (`content` unless the user chose another folder).
    public var displayRoot: String
    /// What reading, YAML and cmark cost, summed over cores.
    public var times = WorkTimes()
}
