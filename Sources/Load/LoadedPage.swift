import Diagnostics
import Markdown
import Model
import Workers

/// One page's outcome, carried from the worker that loaded it.
struct LoadedPage: Sendable {
    let page: (SourcePage, MarkdownSource)?
    let problems: DiagnosticList
    let times: WorkTimes
}
