import Diagnostics
import Markdown
import Model
import Workers

/// LOAD for pages the build writes itself from data (an organization's pages): their Markdown
/// goes through the same reading as a file of `content/`, so links, headings and blocks work alike.
public enum GeneratedPageLoader {
    /// A whole page, front matter included, read as a file of `content/` at `path` would be.
    public static func load(
        path: String,
        text: String,
        displayRoot: String,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList
    ) -> (SourcePage, MarkdownSource)? {
        let source = SourceText(displayPath: "\(displayRoot)/\(path)", text: text)
        var times = WorkTimes()
        return PageLoader.load(
            path: path, source: source, options: options, diagnostics: &diagnostics, times: &times,
            findsCitations: false)
    }

    /// - Parameters:
    ///   - path: where the page would sit inside `content/` (`organizaciones/x/sistema.md`).
    ///   - frontMatter: the page's title, id, order and sessions, made by the build, not read.
    ///   - body: its Markdown.
    public static func load(
        path: String,
        frontMatter: FrontMatter,
        body: String,
        displayRoot: String,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList
    ) -> (SourcePage, MarkdownSource)? {
        let source = SourceText(displayPath: "\(displayRoot)/\(path)", text: body)
        // Deriving is timed as a whole by the caller.
        var times = WorkTimes()
        // Citations belong to the package's text; data may hold dates in parentheses.
        return PageLoader.load(
            path: path, source: source, frontMatter: frontMatter, body: body, bodyFirstLine: 1, options: options,
            diagnostics: &diagnostics, times: &times, findsCitations: false)
    }
}
