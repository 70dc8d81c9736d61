import Emit
import Foundation
import Link
import Model
import Render
import Workers

extension BuildRun {
    /// RENDER and EMIT of a build from nothing: pages rendered a batch at a time and written as
    /// they come into the folder beside the output, which is then swapped in (with the archive,
    /// if asked). The bodies leave `loaded`: each goes once its page is rendered.
    mutating func renderAndEmit(_ site: LinkedSite, _ loaded: inout LoadedBuild) {
        let bodies = loaded.content.bodies
        loaded.content.bodies = []
        let renderer = SiteRenderer(
            site: site, bodies: BodyShelf(releasing: consume bodies), theme: loaded.theme, templates: loaded.templates,
            contentFolder: options.contentFolder, linkingPDFs: pdfBrowser != nil)
        work.add(renderer.preparationTimes)
        // Held until the site and its archive are in place.
        let lock = OutputLock(for: options.outputFolder)
        defer { withExtendedLifetime(lock) {} }
        // Kept outside `do` so that files still queued when something fails are written first.
        var opened: SiteWriter?
        do throws(SiteWriter.Failure) {
            var writer = try SiteWriter(for: options.outputFolder)
            opened = writer
            try render(with: renderer, into: &writer)
            stages.close(.render)
            if let pdfBrowser, try !printPDFs(site, with: pdfBrowser, into: &writer) { return }
            progress(.emit, 0, 1)
            let clock = ContinuousClock()
            let listing = clock.now
            var digests = FileDigests()
            if try Self.addServiceWorker(to: &writer, renderer: renderer, digests: &digests) { files += 1 }
            work.add(.write, clock.now - listing)
            try writer.finish()
            if options.archive { try SiteArchive.write(options.outputFolder, to: options.archiveFile) }
            stages.close(.emit)
            wroteSite = true
        } catch {
            // Files still queued are written before the lock lets another build in.
            try? opened?.flush()
            record(error)
        }
    }

    /// Pages rendered and written `Libro.batchSize` at a time, so a large site's HTML is never all
    /// in memory. Each page is written by the worker that rendered it, as soon as it is ready.
    private mutating func render(with renderer: SiteRenderer, into writer: inout SiteWriter)
        throws(SiteWriter.Failure)
    {
        let pages = renderer.site.pages
        try writer.expect(pages.map(\.outputPath))
        var empty = renderer.makeSearchIndex()
        // Written once and never changed: its text need not stay in memory.
        empty.spillText()
        let index = BackgroundIndex(empty)
        progress(.render, 0, pages.count)
        for start in stride(from: 0, to: pages.count, by: Libro.batchSize) {
            let batch = start..<min(start + Libro.batchSize, pages.count)
            let results = try Self.render(batch, with: renderer, writingTo: writer)
            for page in results { work.add(page.times) }
            index.add(results)
            progress(.render, batch.upperBound, pages.count)
        }
        let searchIndex = index.finished()
        let others = work.measure(.search) { renderer.otherFiles(searchIndex: searchIndex, search: false) }
        let clock = ContinuousClock()
        let writing = clock.now
        try writer.add(others)
        work.add(.write, clock.now - writing)
        let (searchFiles, searchBytes) = try write(searchIndex, into: &writer)
        files = pages.count + others.count + searchFiles
        searchIndexBytes = searchBytes
    }

    /// The search index's files, `Libro.batchSize` chunks (or term shards) at a time, so a large
    /// site never holds them all; how many there are and their size in bytes.
    private mutating func write(_ index: SearchIndex, into writer: inout SiteWriter)
        throws(SiteWriter.Failure) -> (files: Int, bytes: Int)
    {
        var (files, bytes) = (0, 0)
        let clock = ContinuousClock()
        let start = clock.now
        var writing = Duration.zero
        try index.forEachGroup(of: Libro.batchSize) { (group) throws(SiteWriter.Failure) in
            files += group.count
            bytes += SearchIndexFile.size(in: group)
            let began = clock.now
            try writer.add(group)
            writing += clock.now - began
        }
        work.add(.search, clock.now - start - writing)
        work.add(.write, writing)
        return (files, bytes)
    }

    /// One batch on every core, in the pages' order; each page written as soon as it is ready.
    private static func render(_ batch: Range<Int>, with renderer: SiteRenderer, writingTo writer: SiteWriter)
        throws(SiteWriter.Failure) -> [RenderedPage]
    {
        let pages = renderer.site.pages
        // Books gather dozens of pages each: started first, they do not hold up the end of the batch.
        let order = batch.filter { pages[$0].gathersPages } + batch.filter { !pages[$0].gathersPages }
        let rendered = Parallel.map(order.count) { position -> (page: RenderedPage, failure: SiteWriter.Failure?) in
            var page = renderer.renderPage(order[position])
            do throws(SiteWriter.Failure) {
                let file = page.file
                try page.timing(.write) { () throws(SiteWriter.Failure) in try writer.write(file) }
                return (page.withoutHTML, nil)
            } catch {
                return (page, error)
            }
        }
        var results = rendered
        for (position, page) in order.enumerated() { results[page - batch.lowerBound] = rendered[position] }
        if let failure = results.lazy.compactMap(\.failure).first { throw failure }
        return results.map(\.page)
    }
}

/// The search index among the files a build writes.
enum SearchIndexFile {
    /// The size in bytes of all its pieces, 0 when there is none.
    static func size(in files: [OutputFile]) -> Int {
        files.reduce(0) { total, file in
            guard file.path.hasPrefix(SiteLayout.searchFolder + "/"), case .bytes(let bytes) = file.contents else {
                return total
            }
            return total + bytes.count
        }
    }
}
