import Diagnostics
import Emit
import Foundation
import Link
import Load
import Markdown
import Model
import Render
import Theme
import Workers

/// The steps a rebuild with a `BuildMemory` takes differently from a full build.
extension Libro {
    /// A rebuild: renders the pages `memory` does not have as they are now and changes the
    /// site in place. Without a remembered site in the folder, everything is rendered and the
    /// folder is replaced whole, as `build` does.
    static func update(
        site: LinkedSite, bodies: [MarkdownSource], theme: LoadedTheme, templates: TemplateSet,
        options: BuildOptions, memory: inout BuildMemory, times: inout WorkTimes, progress: Progress
    ) throws(SiteWriter.Failure) -> (files: Int, searchIndexBytes: Int, renderedPages: Int) {
        let output = options.outputFolder.standardizedFileURL
        let inPlace = memory.folder == output.path && FileManager.default.fileExists(atPath: output.path)
        let plan = RenderPlan(site: site, bodies: bodies, theme: theme, since: inPlace ? memory.render : RenderMemory())
        let renderer = SiteRenderer(
            site: site, bodies: bodies, theme: theme, templates: templates, contentFolder: options.contentFolder,
            preparingBooks: plan.rendersBooks)
        times.add(renderer.preparationTimes)
        progress(.render, 0, plan.pages.count)
        let rendered = Parallel.map(plan.pages.count) { renderer.renderPage(plan.pages[$0]) }
        for page in rendered { times.add(page.times) }
        progress(.render, plan.pages.count, plan.pages.count)
        let index = times.measure(.search) { plan.searchIndex(rendered: rendered, renderer: renderer) }
        let others = times.measure(.search) { renderer.otherFiles(searchIndex: index) }
        let changes = plan.changes(rendered: rendered, index: index, others: others)
        // Until the folder holds the new site, it holds no site the memory knows.
        memory.folder = nil
        progress(.emit, 0, 1)
        let clock = ContinuousClock()
        let writing = clock.now
        if inPlace {
            try SiteUpdater(folder: output).apply(write: changes.write, remove: changes.remove)
        } else {
            try SiteWriter.write(changes.write, to: output)
        }
        if options.archive { try SiteArchive.write(output, to: options.archiveFile) }
        times.add(.write, clock.now - writing)
        memory.render = changes.memory
        memory.folder = output.path
        return (changes.memory.pathCount, searchIndexSize(in: others), plan.pages.count)
    }

    /// The theme's templates, compiled again only when the theme changed since the build
    /// `memory` remembers.
    static func compile(
        _ theme: LoadedTheme, remembered memory: inout BuildMemory?, diagnostics: inout DiagnosticList
    ) -> TemplateSet? {
        if let kept = memory?.templates, kept.theme == theme {
            diagnostics.append(contentsOf: kept.problems)
            return kept.set.forNextBuild()
        }
        var problems = DiagnosticList()
        let templates = TemplateSet(theme: theme, diagnostics: &problems)
        diagnostics.append(contentsOf: problems)
        memory?.templates = templates.map { (theme, $0, problems) }
        return templates
    }
}
