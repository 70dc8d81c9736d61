import Diagnostics
import Model
import Theme

/// The theme an earlier build loaded, with its compiled templates and what compiling them
/// reported: a rebuild compiles again only when the theme changed.
struct PreviousTemplates: Sendable {
    let theme: LoadedTheme
    let set: TemplateSet
    let problems: DiagnosticList

    /// The theme's templates, taken from `previous` when the theme is the same; `previous` is left
    /// holding this theme's. Nil when a template cannot be compiled.
    static func compile(
        _ theme: LoadedTheme, reusing previous: inout PreviousTemplates?, diagnostics: inout DiagnosticList
    ) -> TemplateSet? {
        if let kept = previous, kept.theme == theme {
            diagnostics.append(contentsOf: kept.problems)
            return kept.set.forNextBuild()
        }
        var problems = DiagnosticList()
        let templates = TemplateSet(theme: theme, diagnostics: &problems)
        diagnostics.append(contentsOf: problems)
        previous = templates.map { PreviousTemplates(theme: theme, set: $0, problems: problems) }
        return templates
    }
}
