import Derive
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

/// The pipeline, step by step: load → link → render → emit. `check` is `build` without emit.
public enum Libro {
    public typealias Progress = @Sendable (BuildStage, _ done: Int, _ total: Int) -> Void

    /// Builds the site into `options.outputFolder`. On any error nothing is written.
    public static func build(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        var memory: BuildMemory?
        return Parallel.$workers.withValue(options.threads) {
            run(options, write: true, memory: &memory, progress: progress)
        }
    }

    /// Builds like `build(_:progress:)`, using what `memory` kept of the previous build into the
    /// same folder to read, render and write only what changed, and updating it. The first
    /// build with a new memory is a full one.
    public static func build(
        _ options: BuildOptions, memory: inout BuildMemory, progress: @escaping Progress = { _, _, _ in }
    ) -> BuildReport {
        var remembered: BuildMemory? = memory
        defer { memory = remembered ?? BuildMemory() }
        return Parallel.$workers.withValue(options.threads) {
            run(options, write: true, memory: &remembered, progress: progress)
        }
    }

    /// Validates everything a build would, without writing.
    public static func check(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        var memory: BuildMemory?
        return Parallel.$workers.withValue(options.threads) {
            run(options, write: false, memory: &memory, progress: progress)
        }
    }

    private static func run(
        _ options: BuildOptions, write: Bool, memory: inout BuildMemory?, progress: @escaping Progress
    ) -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var diagnostics = DiagnosticList()
        var searchIndexBytes = 0
        var times = WorkTimes()
        var steps = BuildSteps()
        var renderedPages: Int?
        var linkedAgain = true
        func report(pages: Int = 0, files: Int = 0, wrote: Bool = false) -> BuildReport {
            let milliseconds = Int((clock.now - start) / .milliseconds(1))
            var report = BuildReport(
                diagnostics: diagnostics, pages: pages, files: files, milliseconds: milliseconds, wroteSite: wrote)
            report.renderedPages = renderedPages ?? pages
            report.linkedAgain = linkedAgain
            report.searchIndexBytes = searchIndexBytes
            report.times = times
            report.steps = steps
            return report
        }

        progress(.load, 0, 1)
        if let problem = OutputGuard.problem(with: options) { diagnostics.append(problem) }
        var pageCache = memory?.pages
        let (loaded, contentProblems) = ContentLoader.load(
            from: options.contentFolder,
            displayRoot: options.contentDisplayName,
            reusing: &pageCache
        )
        memory?.pages = pageCache
        let (theme, themeProblems) = ThemeLoader.load(from: options.themeFolder, displayRoot: options.themeDisplayName)
        diagnostics.append(contentsOf: contentProblems)
        diagnostics.append(contentsOf: themeProblems)
        // Without a readable content folder every page would look missing; say only that.
        guard var content = loaded else { return report() }
        times.add(content.times)
        steps.close(.load)

        let (organizations, organizationProblems) = OrganizationLoader.load(
            slugs: options.organizations ?? content.config.organizations,
            contentFolder: options.contentFolder,
            displayRoot: options.contentDisplayName,
            requestedAt: options.organizations != nil
                ? SourceLocation(file: "--organizacion", line: 0)
                : content.config.organizationsLocation
                    ?? SourceLocation(file: "\(options.contentDisplayName)/libro.yml")
        )
        diagnostics.append(contentsOf: organizationProblems)
        guard let templates = compile(theme, remembered: &memory, diagnostics: &diagnostics) else { return report() }
        // Pages made from data that has errors would only repeat them.
        var derived = DerivedPages()
        if !organizationProblems.hasErrors {
            derived = times.measure(.derive) {
                PageDeriver.derive(
                    from: content,
                    organizations: organizations,
                    templates: templates,
                    strings: theme.strings,
                    themeDisplayRoot: options.themeDisplayName
                )
            }
            diagnostics.append(contentsOf: derived.problems)
            content.pages += derived.pages
            content.bodies += derived.bodies
        }

        diagnostics.append(
            contentsOf: CalloutCheck.problems(
                in: content.pages, strings: theme.strings, templates: templates,
                themeDisplayRoot: options.themeDisplayName))
        steps.close(.derive)
        let linkInputs = LinkMemory.Inputs(
            pages: content.pages,
            staticFiles: content.staticFiles,
            config: content.config,
            organizations: organizations,
            displayRoot: options.contentDisplayName
        )
        var linked = memory?.link
        let (site, linkProblems, linkReused) = times.measure(.link) {
            LinkMemory.link(linkInputs, remembered: &linked)
        }
        memory?.link = linked
        linkedAgain = !linkReused
        diagnostics.append(contentsOf: derived.relocated(linkProblems))
        steps.close(.link)
        guard !diagnostics.hasErrors else { return report() }

        if write, var remembered = memory {
            defer { memory = remembered }
            do throws(SiteWriter.Failure) {
                let produced = try update(
                    site: site, bodies: content.bodies, theme: theme, templates: templates, options: options,
                    memory: &remembered, times: &times, progress: progress)
                searchIndexBytes = produced.searchIndexBytes
                renderedPages = produced.renderedPages
                steps.close(.render)
                return report(pages: site.pages.count, files: produced.files, wrote: true)
            } catch {
                diagnostics.append(writeFailure(error, options))
                return report(pages: site.pages.count)
            }
        }

        let renderer = SiteRenderer(
            site: site, bodies: content.bodies, theme: theme, templates: templates,
            contentFolder: options.contentFolder)
        times.add(renderer.preparationTimes)
        // Held until the site and its archive are in place.
        let lock = write ? OutputLock(for: options.outputFolder) : nil
        defer { withExtendedLifetime(lock) {} }
        do throws(SiteWriter.Failure) {
            var writer = write ? try SiteWriter(for: options.outputFolder) : nil
            let produced = try produce(with: renderer, into: &writer, times: &times, progress: progress)
            searchIndexBytes = produced.searchIndexBytes
            steps.close(.render)
            guard let writer else { return report(pages: site.pages.count, files: produced.files) }
            progress(.emit, 0, 1)
            try writer.finish()
            if options.archive { try SiteArchive.write(options.outputFolder, to: options.archiveFile) }
            steps.close(.finish)
            return report(pages: site.pages.count, files: produced.files, wrote: true)
        } catch {
            diagnostics.append(writeFailure(error, options))
            return report(pages: site.pages.count)
        }
    }

    /// Pages rendered and written a batch at a time, so a large site's HTML is never all in
    /// memory. Each page is written by the worker that rendered it, as soon as it is ready.
    static let batchSize = 512

    private static func produce(
        with renderer: SiteRenderer, into writer: inout SiteWriter?, times: inout WorkTimes, progress: Progress
    ) throws(SiteWriter.Failure) -> (files: Int, searchIndexBytes: Int) {
        let pages = renderer.site.pages
        try writer?.expect(pages.map(\.outputPath))
        let index = BackgroundIndex(renderer.makeSearchIndex())
        progress(.render, 0, pages.count)
        for start in stride(from: 0, to: pages.count, by: batchSize) {
            let batch = start..<min(start + batchSize, pages.count)
            let writer = writer
            // Books gather dozens of pages each: started first, they do not hold up the end of the batch.
            let order = batch.filter { pages[$0].gathersPages } + batch.filter { !pages[$0].gathersPages }
            let rendered = Parallel.map(order.count) { position -> (page: RenderedPage, failure: SiteWriter.Failure?) in
                var page = renderer.renderPage(order[position])
                do throws(SiteWriter.Failure) {
                    let file = page.file
                    try page.timing(.write) { () throws(SiteWriter.Failure) in try writer?.write(file) }
                    return (page, nil)
                } catch {
                    return (page, error)
                }
            }
            var results = rendered
            for (position, page) in order.enumerated() { results[page - batch.lowerBound] = rendered[position] }
            if let failure = results.lazy.compactMap(\.failure).first { throw failure }
            for result in results { times.add(result.page.times) }
            index.add(results.map(\.page))
            progress(.render, batch.upperBound, pages.count)
        }
        let others = times.measure(.search) { renderer.otherFiles(searchIndex: index.finished()) }
        let clock = ContinuousClock()
        let writing = clock.now
        try writer?.add(others)
        times.add(.write, clock.now - writing)
        return (pages.count + others.count, searchIndexSize(in: others))
    }

    static func writeFailure(_ error: SiteWriter.Failure, _ options: BuildOptions) -> Diagnostic {
        .error(
            "escritura-fallida", error.description,
            at: SourceLocation(file: options.outputFolder.path, line: 0, column: 0))
    }

    /// The size of the search index among the files a build wrote.
    static func searchIndexSize(in files: [OutputFile]) -> Int {
        guard let file = files.first(where: { $0.path == SiteLayout.searchIndex }),
            case .pieces(let pieces) = file.contents
        else { return 0 }
        return pieces.reduce(0) { $0 + $1.count }
    }
}
