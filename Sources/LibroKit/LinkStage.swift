import Derive
import Link
import Model
import Workers

extension BuildRun {
    /// LINK: the site's tree, numbers, cross-references and backlinks. `previous` holds an
    /// earlier build's inputs and result (nil for none), taken again when nothing linking reads
    /// changed, and is left holding this one's. Nil when any stage so far found an error.
    mutating func link(
        _ loaded: LoadedBuild, organizations: [Organization], derived: DerivedPages, previous: inout PreviousLink?
    ) -> LinkedSite? {
        let inputs = PreviousLink.Inputs(
            pages: loaded.content.pages, staticFiles: loaded.content.staticFiles, config: loaded.content.config,
            method: loaded.content.method, organizations: organizations, summary: loaded.content.summary,
            displayRoot: options.contentDisplayName)
        let (site, problems, reused) = work.measure(.link) { PreviousLink.link(inputs, reusing: &previous) }
        linkedAgain = !reused
        diagnostics.append(contentsOf: derived.relocated(problems))
        stages.close(.link)
        guard !diagnostics.hasErrors else { return nil }
        pages = site.pages.count
        return site
    }
}
