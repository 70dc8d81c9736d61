import Diagnostics
import Files
import Foundation
import Markdown
import Model
import Workers

/// LOAD: reads `content/` (config, pages, static files), collecting every problem it meets.
public enum ContentLoader {
    /// - Parameters:
    ///   - folder: the content folder on disk.
    ///   - displayRoot: how that folder is named in diagnostics (`content`).
    /// - Returns: nil for the content when the folder itself cannot be read.
    public static func load(from folder: URL, displayRoot: String) -> (LoadedContent?, DiagnosticList) {
        var previous: PreviousPages?
        return load(from: folder, displayRoot: displayRoot, reusing: &previous)
    }

    /// Loads like `load(from:displayRoot:)`, taking from `previous` the pages whose files did not
    /// change since it was filled, and leaving in it what this load read. `changed`, when given,
    /// names (relative to `folder`) every file whose bytes may have changed since then, none
    /// added or removed (what `libro servir`'s watcher saw): the folder is not listed again and
    /// only those files are stamped. Nil stamps every file. With `spill`, the prepared bodies go
    /// to that file as they are made (a build from nothing, which reads each once), so a large
    /// site does not hold them all in memory.
    public static func load(
        from folder: URL, displayRoot: String, reusing kept: inout PreviousPages?, spillingTo spill: SpillFile? = nil,
        changed: Set<String>? = nil
    ) -> (LoadedContent?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var content = LoadedContent(
            config: SiteConfig(),
            pages: [],
            bodies: [],
            staticFiles: [],
            displayRoot: displayRoot
        )
        let known = changed == nil ? nil : kept?.listing
        guard let listing = known ?? (try? FileTree.listing(in: folder)) else {
            diagnostics.append(
                .error(
                    "carpeta-no-encontrada",
                    "no existe o no se puede leer la carpeta de contenido (libro la buscó en «\(folder.path)»); indica la correcta con --contenido o crea un taller nuevo con `libro nuevo taller <carpeta>`",
                    at: SourceLocation(file: displayRoot, line: 0, column: 0)
                )
            )
            return (nil, diagnostics)
        }

        if known != nil, let changed, let patched = patch(changed, in: folder, displayRoot: displayRoot, kept: &kept) {
            return patched
        }
        diagnostics.append(contentsOf: listing.problems(displayRoot: displayRoot))
        let paths = listing.files

        readPackageFiles(paths, in: folder, into: &content, diagnostics: &diagnostics)
        let options = MarkdownOptions(allowsRawHTML: content.config.allowsRawHTML)

        // Organizations' folders hold data, read only for the organizations a build includes.
        var markdownPaths: [String] = []
        for path in paths where !Self.isPackageFile(path) {
            if path.hasSuffix(".md") {
                markdownPaths.append(path)
            } else {
                content.staticFiles.append(StaticFile(path: path))
            }
        }
        let loaded = loadPages(
            markdownPaths, in: folder, displayRoot: displayRoot, options: options, reusing: kept,
            spillingTo: spill, changed: known == nil ? nil : changed)
        remember(loaded, paths: markdownPaths, listing: listing, changed: known == nil ? nil : changed, in: &kept)
        if let summary = content.summary {
            SummaryCheck.check(summary, pages: markdownPaths, displayRoot: displayRoot, diagnostics: &diagnostics)
        }
        let leading = diagnostics
        let places = take(loaded.map(\.page), into: &content, diagnostics: &diagnostics)
        if kept != nil {
            kept?.last = lastLoad(content, leading: leading, places: places, paths: markdownPaths)
        }
        return (content, diagnostics)
    }

    /// What `libro servir` keeps of this load so the next one can swap in only the pages it names.
    private static func lastLoad(
        _ content: LoadedContent, leading: DiagnosticList,
        places: [(problems: DiagnosticList, page: Int?)], paths: [String]
    ) -> PreviousPages.LastLoad {
        var last = PreviousPages.LastLoad(
            content: content, leading: leading, pageProblems: places.map(\.problems), places: [:])
        last.content.times = WorkTimes()
        last.places.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() { last.places[path] = (index, places[index].page) }
        return last
    }

    /// Leaves in `kept` (when there is one) the pages just loaded. With `changed` known, only
    /// those entries are replaced: the others are the ones `kept` already holds.
    private static func remember(
        _ loaded: [(page: LoadedPage, entry: PreviousPages.Entry?)], paths: [String], listing: FileTree.Listing,
        changed: Set<String>?, in kept: inout PreviousPages?
    ) {
        guard kept != nil else { return }
        guard let changed, var refreshed = kept.take() else {
            var refreshed = PreviousPages()
            refreshed.listing = listing
            for (path, result) in zip(paths, loaded) { refreshed.entries[path] = result.entry }
            kept = refreshed
            return
        }
        for (path, result) in zip(paths, loaded) where changed.contains(path) || refreshed.entries[path] == nil {
            refreshed.entries[path] = result.entry
        }
        kept = refreshed
    }

    /// The pages read, each with its problems: a page with no title of its own takes the one
    /// `SUMMARY.md` gives. For each page, its problems and its place among `content.pages`.
    private static func take(
        _ loaded: [LoadedPage], into content: inout LoadedContent, diagnostics: inout DiagnosticList
    ) -> [(problems: DiagnosticList, page: Int?)] {
        let titles = content.summary.map(SummaryCheck.titles) ?? [:]
        return loaded.map { result in
            let (page, problems) = accept(result, titles: titles)
            diagnostics.append(contentsOf: problems)
            content.times.add(result.times)
            guard let (page, body) = page else { return (problems, nil) }
            content.pages.append(page)
            content.bodies.append(body)
            return (problems, content.pages.count - 1)
        }
    }

    /// A page read and its problems, with the title `titles` (from `SUMMARY.md`) gives it when it
    /// has none of its own.
    static func accept(
        _ result: LoadedPage, titles: [String: String]
    ) -> (page: (SourcePage, MarkdownSource)?, problems: DiagnosticList) {
        var problems = result.problems
        guard case .some((var page, let body)) = result.page else { return (nil, problems) }
        if page.frontMatter.title.isEmpty {
            if let title = titles[page.path] {
                page.frontMatter.title = title
            } else {
                problems.append(untitled(page))
            }
        }
        return ((page, body), problems)
    }

    /// A page with neither front matter nor a `#` heading, which `SUMMARY.md` does not name.
    private static func untitled(_ page: SourcePage) -> Diagnostic {
        .error(
            "pagina-sin-titulo",
            "la página no tiene título: no empieza con un encabezado YAML (`---`, `titulo: …`, `---`) ni tiene un encabezado `# Título`, y SUMMARY.md no la nombra; escribe en su primera línea `# ` y el título",
            at: page.location)
    }

    /// Every page, on every core; results and problems keep the order of the paths. A page whose
    /// file has the stamp `previous` holds for it is taken from there instead of read again; with
    /// `changed`, a page whose path it does not name is taken from there without a `stat`.
    private static func loadPages(
        _ paths: [String], in folder: URL, displayRoot: String, options: MarkdownOptions,
        reusing previous: PreviousPages?, spillingTo spill: SpillFile?, changed: Set<String>?
    ) -> [(page: LoadedPage, entry: PreviousPages.Entry?)] {
        // Worked out once: a URL's path is rebuilt on every call.
        let root = folder.path
        return Parallel.map(paths.count) { index -> (page: LoadedPage, entry: PreviousPages.Entry?) in
            let path = paths[index]
            if let changed, !changed.contains(path), let entry = previous?.entries[path], entry.options == options {
                return (LoadedPage(page: entry.page.page, problems: entry.page.problems, times: WorkTimes()), entry)
            }
            // Stamped before reading: a change made while the file is read gets a later stamp.
            let stamp = previous == nil ? nil : FileStamp(path: root + "/" + path)
            if let stamp, let entry = previous?.entries[path], entry.stamp == stamp, entry.options == options {
                return (LoadedPage(page: entry.page.page, problems: entry.page.problems, times: WorkTimes()), entry)
            }
            let loaded = read(path, in: folder, displayRoot: displayRoot, options: options, spillingTo: spill)
            return (loaded, stamp.map { PreviousPages.Entry(stamp: $0, options: options, page: loaded) })
        }
    }

    /// One page read from its file and parsed.
    static func read(
        _ path: String, in folder: URL, displayRoot: String, options: MarkdownOptions, spillingTo spill: SpillFile?
    ) -> LoadedPage {
        var problems = DiagnosticList()
        var times = WorkTimes()
        let source = times.measure(.read) {
            SourceReader.read(path, in: folder, displayRoot: displayRoot, diagnostics: &problems)
        }
        var page = source.flatMap {
            PageLoader.load(path: path, source: $0, options: options, diagnostics: &problems, times: &times)
        }
        if let spill, let (sourcePage, body) = page { page = (sourcePage, body.spilled(to: spill)) }
        return LoadedPage(page: page, problems: problems, times: times)
    }

    /// `libro.yml`, `metodo.yml` and `SUMMARY.md`, when the package has them: read once a build.
    private static func readPackageFiles(
        _ paths: [String], in folder: URL, into content: inout LoadedContent, diagnostics: inout DiagnosticList
    ) {
        func read(_ name: String) -> SourceText? {
            guard paths.contains(name) else { return nil }
            return SourceReader.read(name, in: folder, displayRoot: content.displayRoot, diagnostics: &diagnostics)
        }
        if let source = read(SiteConfigDecoder.fileName) {
            content.config = SiteConfigDecoder.decode(source, diagnostics: &diagnostics)
        }
        if let source = read(MethodDecoder.fileName) {
            content.method = MethodDecoder.decode(source, diagnostics: &diagnostics)
        }
        if let source = read(SummaryDecoder.fileName) {
            content.summary = SummaryDecoder.decode(source, diagnostics: &diagnostics)
        }
    }

    /// Files that are the package's description rather than its pages or files to copy: the
    /// configuration, the method, the book's summary, its templates, the scaffold for new organizations, and the
    /// organizations' data.
    static func isPackageFile(_ path: String) -> Bool {
        path == SiteConfigDecoder.fileName || path == MethodDecoder.fileName || path == SummaryDecoder.fileName
            || path.hasPrefix(OrganizationLoader.folder + "/") || path.hasPrefix(ThemeLoader.templatesFolder + "/")
            || path.hasPrefix(scaffoldFolder + "/")
    }

    /// What `libro nueva` copies for a new organization: the package's own example.
    public static let scaffoldFolder = "andamio"
}
