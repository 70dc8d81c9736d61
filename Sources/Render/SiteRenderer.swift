import Diagnostics
import Foundation
import Link
import Load
import Markdown
import Model
import Theme

/// RENDER: Markdown bodies through cmark, pages through the theme's templates, plus the 404
/// page, the sitemap and the files to copy. Returns files; writes nothing.
public enum SiteRenderer {
    /// `documents[i]` is the parsed body of loaded page `i`; each is rendered once, in place.
    public static func render(
        _ site: LinkedSite,
        documents: [MarkdownDocument],
        theme: LoadedTheme,
        templates: TemplateSet,
        contentFolder: URL,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> ([OutputFile], DiagnosticList, WorkTimes) {
        let diagnostics = DiagnosticList()
        let context = PageContext(site: site, strings: theme.strings)
        let body = PageBodyRenderer(site: site, templates: templates, strings: theme.strings)
        var files: [OutputFile] = []
        files.reserveCapacity(site.pages.count + site.staticFiles.count + theme.assets.count + 2)

        // Bodies first, on every core; books gather other pages, so they come once those are done.
        let books = site.pages.indices.filter { site.pages[$0].gathersPages }
        let pages = site.pages.indices.filter { !site.pages[$0].gathersPages }
        let counter = ProgressCounter(total: site.pages.count, report: progress)
        var times = WorkTimes()
        let rendered = Parallel.map(pages.count) { position -> (String, Duration) in
            let index = pages[position]
            defer { counter.step() }
            return timed { body.render(page: index, document: documents[site.pages[index].source]) }
        }
        let bodies = Dictionary(uniqueKeysWithValues: zip(pages, rendered.map(\.0)))
        let bookBodies = Parallel.map(books.count) { position -> (String, Duration) in
            let index = books[position]
            defer { counter.step() }
            return timed { body.render(page: index, document: documents[site.pages[index].source], bodies: bodies) }
        }
        for (_, duration) in rendered + bookBodies { times.add(.body, duration) }
        let contents = bodies.merging(zip(books, bookBodies.map(\.0))) { first, _ in first }

        // Then every page through its template, and what search needs from it, also in parallel;
        // both are gathered in reading order.
        let search = SearchIndex(glossary: site.glossary)
        let finished = Parallel.map(site.pages.count) { index -> FinishedPage in
            let page = site.pages[index]
            let content = contents[index] ?? ""
            var times = WorkTimes()
            let html = times.measure(.templates) {
                templates.render(context.make(page: index, content: content), with: TemplateSet.page)
            }
            let entry = times.measure(.search) {
                page.gathersPages ? nil : search.entry(url: page.outputPath, title: page.numberedTitle, body: content)
            }
            return FinishedPage(html: html, entry: entry, times: times)
        }
        var index = search
        for (page, result) in zip(site.pages, finished) {
            files.append(OutputFile(path: page.outputPath, contents: .text(result.html)))
            if let entry = result.entry { index.add(entry) }
            times.add(result.times)
        }
        files.append(
            OutputFile(
                path: SiteLayout.notFoundPage,
                contents: .text(
                    templates.render(context.common(at: SiteLayout.notFoundPage), with: TemplateSet.notFound))
            )
        )
        files.append(
            OutputFile(
                path: SiteLayout.searchPage,
                contents: .text(templates.render(context.common(at: SiteLayout.searchPage), with: TemplateSet.search))
            )
        )
        let script = times.measure(.search) { index.script() }
        files.append(OutputFile(path: SiteLayout.searchIndex, contents: .text(script)))
        files.append(OutputFile(path: SiteLayout.sitemap, contents: .text(Sitemap.make(site))))
        for organization in site.organizations where !organization.actors.isEmpty {
            let map = SystemMapSVG(organization: organization, strings: theme.strings).make()
            files.append(OutputFile(path: SystemMapFile.path(for: organization), contents: .text(map)))
        }
        for file in site.staticFiles {
            files.append(OutputFile(path: file.path, contents: .copy(contentFolder.appendingPathComponent(file.path))))
        }
        for asset in theme.assets {
            files.append(
                OutputFile(
                    path: SiteLayout.assetsFolder + "/" + asset,
                    contents: .copy(theme.assetsFolder.appendingPathComponent(asset))
                )
            )
        }
        return (files, diagnostics, times)
    }

    private static func timed<Result>(_ work: () -> Result) -> (Result, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = work()
        return (result, clock.now - start)
    }
}

/// A page through its template, with its search entry and what both cost.
private struct FinishedPage: Sendable {
    let html: String
    let entry: SearchIndex.Entry?
    let times: WorkTimes
}

/// Counts pages done from any thread and reports the count.
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void
    private let lock = NSLock()
    private var done = 0

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    func step() {
        let count = lock.withLock {
            done += 1
            return done
        }
        report(count, total)
    }
}
