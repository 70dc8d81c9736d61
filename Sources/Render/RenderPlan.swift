import Link
import Markdown
import Model

/// RENDER for a rebuild: compares the site with the one the previous build rendered and lists
/// the pages whose output may differ. Every other page would come out byte for byte as before,
/// so it is neither rendered nor written again; its search entry is reused.
public struct RenderPlan: Sendable {
    /// Pages to render, in reading order.
    public let pages: [Int]
    /// True when a page that gathers others (a book) is among `pages`: the renderer must then
    /// prepare the bodies books show.
    public let rendersBooks: Bool
    private let shape: SiteShape
    /// Whether `shape` is the previous build's: compared once, since it holds every page.
    private let sameShape: Bool
    private let method: PackageMethod
    private let keys: [PreviousRender.PageKey]
    private let previous: PreviousRender

    public init(site: LinkedSite, bodies: [MarkdownSource], theme: LoadedTheme, since previous: PreviousRender) {
        let shape = SiteShape(site: site, theme: theme)
        let keys = site.pages.map { PreviousRender.PageKey(page: $0, body: bodies[$0.source]) }
        sameShape = previous.shape == shape
        if !sameShape {
            pages = Array(site.pages.indices)
        } else {
            let changed = Set(keys.indices.filter { keys[$0] != previous.keys[$0] })
            // A book shows the bodies of the pages it gathers, so it follows any change.
            pages =
                changed.isEmpty
                ? [] : site.pages.indices.filter { changed.contains($0) || site.pages[$0].gathersPages }
        }
        self.shape = shape
        method = site.method
        self.keys = keys
        self.previous = previous
        rendersBooks = pages.contains { site.pages[$0].gathersPages }
    }

    /// The search index: the entries of the pages just rendered (`rendered[i]` is page
    /// `pages[i]`) and the remembered ones of the others. The previous index is changed in place
    /// when the rendered pages kept their number of sections, and built anew otherwise.
    public func searchIndex(rendered: [RenderedPage], renderer: SiteRenderer) -> SearchIndex {
        if sameShape, var index = previous.index {
            // Pages count in the index as they were added: books are not in it.
            var indexPages: [Int] = []
            var count = 0
            for entry in previous.entries {
                indexPages.append(count)
                if entry != nil { count += 1 }
            }
            let replaced = zip(pages, rendered).allSatisfy { page, result in
                guard let old = previous.entries[page], let new = result.entry else {
                    return previous.entries[page] == nil && result.entry == nil
                }
                return index.replace(page: indexPages[page], old: old, new: new)
            }
            if replaced { return index }
        }
        var index = renderer.makeSearchIndex()
        index.keepWrittenPieces()
        index.add(entries: entries(rendered: rendered).compactMap { $0 })
        return index
    }

    /// The files made from the site's shape alone: the previous build's when neither the shape
    /// nor the method changed (a page's text was edited), since calendars, system maps and the
    /// sitemap of a large site cost more than the page itself.
    public func generatedFiles(renderer: SiteRenderer) -> [OutputFile] {
        if sameShape, previous.method == method, let kept = previous.generated { return kept }
        return renderer.generatedFiles()
    }

    /// What to write and remove to turn the previous site into this one, given the rendered
    /// pages, the search index, the other files and those of them made from the shape; and what
    /// to remember for the next rebuild.
    public func changes(
        rendered: [RenderedPage], index: SearchIndex, others: [OutputFile], generated: [OutputFile]
    ) -> (write: [OutputFile], remove: [String], kept: PreviousRender) {
        var kept = PreviousRender()
        kept.shape = shape
        kept.generated = generated
        kept.method = method
        kept.keys = keys
        kept.entries = entries(rendered: rendered)
        kept.index = index
        var write = rendered.map(\.file)
        kept.others.reserveCapacity(others.count)
        for file in others {
            let contents = PreviousRender.Contents(file.contents)
            kept.others[file.path] = contents
            if previous.others[file.path] != contents || !previous.paths.contains(file.path) { write.append(file) }
        }
        // The same shape has the same pages' paths: with the same other files, the same site's.
        if sameShape, kept.others.count == previous.others.count,
            kept.others.keys.allSatisfy({ previous.others[$0] != nil })
        {
            kept.paths = previous.paths
            return (write, [], kept)
        }
        kept.paths = Set(keys.map(\.page.outputPath)).union(others.map(\.path))
        return (write, previous.paths.subtracting(kept.paths).sorted(), kept)
    }

    private func entries(rendered: [RenderedPage]) -> [SearchIndex.Entry?] {
        var entries = sameShape ? previous.entries : Array(repeating: nil, count: keys.count)
        for (page, result) in zip(pages, rendered) { entries[page] = result.entry }
        return entries
    }
}
