import Emit
import Foundation
import Link
import Markdown
import Model
import Render
import Workers

extension BuildRun {
    /// RENDER and EMIT of a rebuild: renders the pages `previous` does not have as they are now
    /// and changes the site in place. When `folder` does not hold the site `previous` describes,
    /// everything is rendered and the folder is replaced whole, as a build from nothing does.
    mutating func update(
        _ site: LinkedSite, _ loaded: LoadedBuild, previous: inout PreviousRender, folder: inout String?,
        digests: inout FileDigests
    ) {
        let output = options.outputFolder.standardizedFileURL
        let inPlace = folder == output.path && FileManager.default.fileExists(atPath: output.path)
        let bodies = loaded.content.bodies
        let plan = RenderPlan(
            site: site, bodies: bodies, theme: loaded.theme, since: inPlace ? previous : PreviousRender())
        let renderer = SiteRenderer(
            site: site, bodies: BodyShelf(keeping: bodies), theme: loaded.theme, templates: loaded.templates,
            contentFolder: options.contentFolder, preparingBooks: plan.rendersBooks)
        work.add(renderer.preparationTimes)
        progress(.render, 0, plan.pages.count)
        let rendered = Parallel.map(plan.pages.count) { renderer.renderPage(plan.pages[$0]) }
        for page in rendered { work.add(page.times) }
        progress(.render, plan.pages.count, plan.pages.count)
        let index = work.measure(.search) { plan.searchIndex(rendered: rendered, renderer: renderer) }
        let generated = work.measure(.search) { plan.generatedFiles(renderer: renderer) }
        let others = work.measure(.search) { renderer.otherFiles(searchIndex: index, generated: generated) }
        let changes = plan.changes(rendered: rendered, index: index, others: others, generated: generated)
        stages.close(.render)
        // Until the folder holds the new site, it holds no site the previous render describes.
        folder = nil
        progress(.emit, 0, 1)
        let clock = ContinuousClock()
        let writing = clock.now
        let listsWorker: Bool
        do throws(SiteWriter.Failure) {
            listsWorker = try Self.write(changes, inPlace: inPlace, to: output, renderer: renderer, digests: &digests)
            if options.archive { try SiteArchive.write(output, to: options.archiveFile) }
        } catch {
            return record(error)
        }
        work.add(.write, clock.now - writing)
        stages.close(.emit)
        previous = changes.kept
        folder = output.path
        files = changes.kept.pathCount + (listsWorker ? 1 : 0)
        searchIndexBytes = SearchIndexFile.size(in: others)
        renderedPages = plan.pages.count
        wroteSite = true
    }

    /// Writes the changes and the offline reader's `sw.js`: in place, or as a whole new site
    /// when the folder does not hold the previous one. True when the theme has a worker.
    private static func write(
        _ changes: (write: [OutputFile], remove: [String], kept: PreviousRender), inPlace: Bool, to output: URL,
        renderer: SiteRenderer, digests: inout FileDigests
    ) throws(SiteWriter.Failure) -> Bool {
        if inPlace {
            let updater = SiteUpdater(folder: output)
            try updater.apply(write: changes.write, remove: changes.remove)
            return try updateServiceWorker(
                with: updater, in: output, listing: changes.kept.paths, written: Set(changes.write.map(\.path)),
                renderer: renderer, digests: &digests)
        }
        var writer = try SiteWriter(for: output)
        try writer.add(changes.write)
        let listsWorker = try addServiceWorker(to: &writer, renderer: renderer, digests: &digests)
        try writer.finish()
        return listsWorker
    }
}
