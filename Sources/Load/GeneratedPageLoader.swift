import Diagnostics
import Markdown
import Model
import Workers

/// LOAD for pages the build writes itself from data (an organization's pages): their Markdown
/// goes through the same reading as a file of `content/`, so links, headings and blocks work alike.
public enum GeneratedPageLoader {
    /// - Parameters:
    ///   - path: where the page would sit inside `content/` (`organizaciones/x/sistema.md`).
    ///   - text: the whole page, front matter included.
    public static func load(
        path: String,
        text: String,
        displayRoot: String,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList
    ) -> (SourcePage, MarkdownSource)? {
        let source = SourceText(displayPath: "\(displayRoot)/\(path)", text: text)
        // Deriving is timed as a whole by the caller.
        var times = WorkTimes()
        // Citations belong to the package's text; data may hold dates in parentheses.
        return PageLoader.load(
            path: path, source: source, options: options, diagnostics: &diagnostics, times: &times,
            findsCitations: false)
    }
}
