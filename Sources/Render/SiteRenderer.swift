import Foundation
import Link
import Markdown
import Model
import Theme
import Workers

/// RENDER: Markdown bodies through cmark, pages through the theme's templates, plus the 404
/// page, the search index, the sitemap and the files to copy. Makes files; writes nothing.
/// Pages are rendered a range at a time, so a large site never holds all of its HTML at once.
public struct SiteRenderer: Sendable {
    public let site: LinkedSite
    /// The Markdown of each loaded page, by `LinkedPage.source`.
    private let bodies: BodyShelf
    private let theme: LoadedTheme
    private let templates: TemplateSet
    private let contentFolder: URL
    private let context: PageContext
    private let body: PageBodyRenderer
    private let search: SearchIndex
    /// Bodies of the pages that books gather, rendered first, since a book shows them.
    private let gathered: [Int: String]
    /// What rendering the gathered bodies cost.
    public let preparationTimes: WorkTimes

    /// - Parameter preparingBooks: false when no page that gathers others will be rendered (a
    ///   rebuild that leaves the books as they were), which spares rendering their bodies first.
    /// - Parameter linkingPDFs: true when the build also prints PDFs (`--pdf`): the pages printed
    ///   link theirs.
    public init(
        site: LinkedSite, bodies: BodyShelf, theme: LoadedTheme, templates: TemplateSet, contentFolder: URL,
        preparingBooks: Bool = true, linkingPDFs: Bool = false
    ) {
        self.site = site
        self.bodies = bodies
        self.theme = theme
        self.templates = templates
        self.contentFolder = contentFolder
        context = PageContext(site: site, strings: theme.strings, linkingPDFs: linkingPDFs)
        let body = PageBodyRenderer(site: site, templates: templates, strings: theme.strings)
        self.body = body
        search = SearchIndex(glossary: site.glossary)
        let gatheredPages = preparingBooks ? Compilation.gatheredPages(in: site).sorted() : []
        Self.expectReaders(of: bodies, site: site, gathered: Set(gatheredPages))
        let rendered = Parallel.map(gatheredPages.count) { position -> (String, WorkTimes) in
            var times = WorkTimes()
            let index = gatheredPages[position]
            return (body.render(page: index, body: bodies.take(site.pages[index].source), times: &times), times)
        }
        gathered = Dictionary(uniqueKeysWithValues: zip(gatheredPages, rendered.map(\.0)))
        var times = WorkTimes()
        for (_, spent) in rendered { times.add(spent) }
        preparationTimes = times
    }

    /// Counts who reads each body: a gathered page's body is rendered once for the books, and
    /// every page's again by `renderPage` unless it was gathered (a book renders its own).
    private static func expectReaders(of bodies: BodyShelf, site: LinkedSite, gathered: Set<Int>) {
        for (index, page) in site.pages.enumerated() {
            let isGathered = gathered.contains(index)
            if isGathered { bodies.expectReader(of: page.source) }
            if !isGathered || page.gathersPages { bodies.expectReader(of: page.source) }
        }
    }

    /// An empty search index for this site; pages are added in reading order.
    public func makeSearchIndex() -> SearchIndex { SearchIndex(glossary: site.glossary) }

    /// Page `index` of the reading order; safe from any thread.
    public func renderPage(_ index: Int) -> RenderedPage {
        let page = site.pages[index]
        var times = WorkTimes()
        let content: String
        if !page.gathersPages, let ready = gathered[index] {
            content = ready
        } else {
            content = body.render(page: index, body: bodies.take(page.source), bodies: gathered, times: &times)
        }
        let html = times.measure(.templates) {
            templates.renderBytes(context.make(page: index, content: content), with: TemplateSet.page)
        }
        // A book's pages are already in the index on their own.
        let entry = times.measure(.search) {
            page.gathersPages
                ? nil : search.entry(url: page.outputPath, title: page.numberedTitle, body: content)
        }
        return RenderedPage(file: OutputFile(path: page.outputPath, contents: .bytes(html)), entry: entry, times: times)
    }

    /// Everything besides the pages: the 404 and search pages, the search index, the sitemap,
    /// the organizations' system maps, the content's files and the theme's assets. With
    /// `search` false, the index's files are left for the caller (`SearchIndex.forEachGroup`).
    /// `generated`, when given, stands for `generatedFiles()` (made before for the same shape).
    public func otherFiles(
        searchIndex: SearchIndex, search: Bool = true, generated: [OutputFile]? = nil
    ) -> [OutputFile] {
        var files = generated ?? generatedFiles()
        if search { files += searchIndex.files() }
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
        return files
    }

    /// The files made from the site's shape alone (see `RenderPlan`): the not-found and search
    /// pages, the sitemap, the manifest, and each organization's system map and calendars.
    public func generatedFiles() -> [OutputFile] {
        var files = [
            OutputFile(
                path: SiteLayout.notFoundPage,
                contents: .text(
                    templates.render(context.common(at: SiteLayout.notFoundPage), with: TemplateSet.notFound))
            ),
            OutputFile(
                path: SiteLayout.searchPage,
                contents: .text(templates.render(context.common(at: SiteLayout.searchPage), with: TemplateSet.search))
            ),
            OutputFile(path: SiteLayout.sitemap, contents: .text(Sitemap.make(site))),
            OutputFile(
                path: SiteLayout.manifest,
                contents: .text(WebManifest.make(config: site.config, strings: theme.strings, assets: theme.assets))),
        ]
        if let method = site.method.organization, let spec = method.systemMap {
            for organization in site.organizations where organization.hasData(spec.data) {
                let map = SystemMapSVG(organization: organization, spec: spec, method: method, strings: theme.strings)
                files.append(OutputFile(path: SystemMapFile.path(for: organization), contents: .text(map.make())))
            }
        }
        for organization in site.organizations {
            files += SessionCalendar(organization: organization, site: site, strings: theme.strings).files()
        }
        return files
    }

    /// `sw.js` for the site whose files are `files`, once everything else is written; nil when
    /// the theme has no worker.
    public func serviceWorker(listing files: [BuiltFile]) -> OutputFile? {
        ServiceWorkerScript.make(files: files, templates: templates)
    }
}

/// One page through its template, with its search entry and what both cost.
public struct RenderedPage: Sendable {
    public let file: OutputFile
    let entry: SearchIndex.Entry?
    public private(set) var times: WorkTimes

    /// The page without its HTML, once written: a batch waiting for the search index holds only
    /// what the index reads (on `libro-shaped`, a batch's print packs alone are 20 MB).
    public var withoutHTML: RenderedPage {
        RenderedPage(file: OutputFile(path: file.path, contents: .bytes([])), entry: entry, times: times)
    }

    /// Runs `work` (writing the page, say), adding its time to the page's.
    public mutating func timing<Failure: Error>(_ kind: WorkTimes.Kind, _ work: () throws(Failure) -> Void)
        throws(Failure)
    {
        let clock = ContinuousClock()
        let start = clock.now
        defer { times.add(kind, clock.now - start) }
        try work()
    }
}
