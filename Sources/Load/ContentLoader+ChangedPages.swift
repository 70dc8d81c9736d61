import Diagnostics
import Files
import Foundation
import Markdown
import Model
import Workers

extension ContentLoader {
    /// A load that reads again only the pages in `changed` (paths relative to `folder`, none
    /// added or removed) and puts them in place in the last load's result, so that a one-page
    /// edit of a large site costs that page and not a pass over every page. Nil, with `kept`
    /// untouched, when that result cannot stand for a whole load: no last load, a change to
    /// `libro.yml`, `metodo.yml` or `SUMMARY.md`, or a changed page that could not be read
    /// before or cannot be now. Other files (to copy, organizations' data, templates) leave the
    /// content as it was.
    static func patch(
        _ changed: Set<String>, in folder: URL, displayRoot: String, kept: inout PreviousPages?
    ) -> (LoadedContent, DiagnosticList)? {
        guard var last = kept?.last, !changed.contains(where: Self.changesEveryPage) else { return nil }
        // Let go, so the pages are changed in place and not copied; a whole load remembers anew.
        kept?.last = nil
        let options = MarkdownOptions(allowsRawHTML: last.content.config.allowsRawHTML)
        let titles = last.content.summary.map(SummaryCheck.titles) ?? [:]
        let paths = changed.filter { $0.hasSuffix(".md") && !isPackageFile($0) }.sorted()
        var times = WorkTimes()
        var entries: [(path: String, entry: PreviousPages.Entry)] = []
        for path in paths {
            guard let place = last.places[path], let slot = place.page else { return nil }
            // Stamped before reading, as a whole load does.
            guard let stamp = FileStamp(path: folder.path + "/" + path) else { return nil }
            let result = read(path, in: folder, displayRoot: displayRoot, options: options, spillingTo: nil)
            let (page, problems) = accept(result, titles: titles)
            guard let (page, body) = page else { return nil }
            last.content.pages[slot] = page
            last.content.bodies[slot] = body
            last.pageProblems[place.path] = problems
            times.add(result.times)
            entries.append((path, PreviousPages.Entry(stamp: stamp, options: options, page: result)))
        }
        var diagnostics = last.leading
        for problems in last.pageProblems where !problems.all.isEmpty { diagnostics.append(contentsOf: problems) }
        for (path, entry) in entries { kept?.entries[path] = entry }
        kept?.last = last
        var content = last.content
        content.times = times
        return (content, diagnostics)
    }

    /// Whether a change to the file at `path` may change how every page loads.
    private static func changesEveryPage(_ path: String) -> Bool {
        path == SiteConfigDecoder.fileName || path == MethodDecoder.fileName || path == SummaryDecoder.fileName
    }
}
