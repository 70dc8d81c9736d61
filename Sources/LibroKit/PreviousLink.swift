import Diagnostics
import Link
import Model

/// The last LINK step's inputs and result, kept by `libro servir`. LINK is pure, so when an edit
/// leaves every page's front matter, headings, links and blocks as they were (a changed
/// sentence), the site it made is taken again instead of linking every page anew.
struct PreviousLink: Sendable {
    struct Inputs: Equatable, Sendable {
        let pages: [SourcePage]
        let staticFiles: [StaticFile]
        let config: SiteConfig
        let method: PackageMethod
        let organizations: [Organization]
        let summary: BookSummary?
        let displayRoot: String
    }

    let inputs: Inputs
    let site: LinkedSite
    let problems: DiagnosticList

    /// Links `inputs`, or returns what `previous` holds when it linked the same (`reused`);
    /// `previous` then holds this result.
    static func link(
        _ inputs: Inputs, reusing previous: inout PreviousLink?
    ) -> (site: LinkedSite, problems: DiagnosticList, reused: Bool) {
        if let kept = previous, kept.inputs == inputs { return (kept.site, kept.problems, true) }
        let (site, problems) = SiteLinker.link(
            pages: inputs.pages,
            staticFiles: inputs.staticFiles,
            config: inputs.config,
            method: inputs.method,
            organizations: inputs.organizations,
            summary: inputs.summary,
            displayRoot: inputs.displayRoot
        )
        previous = PreviousLink(inputs: inputs, site: site, problems: problems)
        return (site, problems, false)
    }
}
