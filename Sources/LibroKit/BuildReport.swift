import Diagnostics
import Model
import Workers

/// What a build or check did: the problems found and the work done.
public struct BuildReport: Sendable {
    public init(diagnostics: DiagnosticList, pages: Int, files: Int, milliseconds: Int, wroteSite: Bool) {
        self.diagnostics = diagnostics
        self.pages = pages
        self.files = files
        self.milliseconds = milliseconds
        self.wroteSite = wroteSite
    }

    public let diagnostics: DiagnosticList
    public let pages: Int
    public let files: Int
    public let milliseconds: Int
    /// True when the output folder now holds the new site.
    public let wroteSite: Bool
    /// Pages rendered: all of them, except in a rebuild that found the others unchanged.
    public var renderedPages = 0
    /// False when a rebuild took the previous link step's result: no page's front matter,
    /// headings, links or blocks changed.
    public var linkedAgain = true
    /// Size of the search index the site ships, in bytes.
    public var searchIndexBytes = 0
    /// PDFs printed by `--pdf`.
    public var pdfs = 0
    /// Where the time went, by kind of work (`--perfil`).
    public var times = WorkTimes()
    /// How long each stage took on the clock (`--perfil`).
    public var stages = StageTimes()

    public var succeeded: Bool { !diagnostics.hasErrors }
}
