import Diagnostics
import Markdown
import Model
import Workers

/// What LOAD read from `content/`: plain values plus each page's parsed document.
public struct LoadedContent: Sendable {
    public var config: SiteConfig
    /// The package's method (`metodo.yml`); empty when the package has none.
    public var method = PackageMethod()
    /// `SUMMARY.md`, when the package orders its pages as mdBook does.
    public var summary: BookSummary?
    /// Pages sorted by path; `bodies[i]` is the Markdown body of `pages[i]`.
    public var pages: [SourcePage]
    public var bodies: [MarkdownSource]
    public var staticFiles: [StaticFile]
    /// How `content/` is named in diagnostics (`content` unless the user chose another folder).
    public var displayRoot: String
    /// What reading, YAML and cmark cost, summed over cores.
    public var times = WorkTimes()
}
