import Derive
import Diagnostics
import Emit
import Foundation
import Link
import Load
import Model
import Render
import Theme

/// The pipeline, step by step: load → link → render → emit. `check` is `build` without emit.
public enum Libro {
    public typealias Progress = @Sendable (BuildStage, _ done: Int, _ total: Int) -> Void

    /// Builds the site into `options.outputFolder`. On any error nothing is written.
    public static func build(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        run(options, write: true, progress: progress)
    }

    /// Validates everything a build would, without writing.
    public static func check(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        run(options, write: false, progress: progress)
    }

    private static func run(_ options: BuildOptions, write: Bool, progress: @escaping Progress) -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var diagnostics = DiagnosticList()
        var searchIndexBytes = 0
        var times = WorkTimes()
        func report(pages: Int = 0, files: Int = 0, wrote: Bool = false) -> BuildReport {
            let milliseconds = Int((clock.now - start) / .milliseconds(1))
            var report = BuildReport(
                diagnostics: diagnostics, pages: pages, files: files, milliseconds: milliseconds, wroteSite: wrote)
            report.searchIndexBytes = searchIndexBytes
            report.times = times
            return report
        }

        progress(.load, 0, 1)
        if let problem = OutputGuard.problem(with: options) { diagnostics.append(problem) }
        let (loaded, contentProblems) = ContentLoader.load(
            from: options.contentFolder,
            displayRoot: options.contentDisplayName
        )
        let (theme, themeProblems) = ThemeLoader.load(from: options.themeFolder, displayRoot: options.themeDisplayName)
        diagnostics.append(contentsOf: contentProblems)
        diagnostics.append(contentsOf: themeProblems)
        // Without a readable content folder every page would look missing; say only that.
        guard var content = loaded else { return report() }
        times.add(content.times)

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
        guard let templates = TemplateSet(theme: theme, diagnostics: &diagnostics) else { return report() }
        // Pages made from data that has errors would only repeat them.
        if !organizationProblems.hasErrors {
            let (pages, documents, deriveProblems) = times.measure(.derive) {
                PageDeriver.derive(
                    from: content,
                    organizations: organizations,
                    templates: templates,
                    strings: theme.strings,
                    themeDisplayRoot: options.themeDisplayName
                )
            }
            diagnostics.append(contentsOf: deriveProblems)
            content.pages += pages
            content.documents += documents
        }

        let (site, linkProblems) = times.measure(.link) {
            SiteLinker.link(
                pages: content.pages,
                staticFiles: content.staticFiles,
                config: content.config,
                organizations: organizations,
                displayRoot: options.contentDisplayName
            )
        }
        diagnostics.append(contentsOf: linkProblems)
        guard !diagnostics.hasErrors else { return report() }

        let (files, renderProblems, renderTimes) = SiteRenderer.render(
            site,
            documents: content.documents,
            theme: theme,
            templates: templates,
            contentFolder: options.contentFolder
        ) { done, total in progress(.render, done, total) }
        diagnostics.append(contentsOf: renderProblems)
        times.add(renderTimes)
        guard !diagnostics.hasErrors else { return report(pages: site.pages.count) }
        if let index = files.first(where: { $0.path == SiteLayout.searchIndex }), case .text(let text) = index.contents
        {
            searchIndexBytes = text.utf8.count
        }
        guard write else { return report(pages: site.pages.count, files: files.count) }

        progress(.emit, 0, files.count)
        do {
            let writing = ContinuousClock.now
            try SiteWriter.write(files, to: options.outputFolder)
            times.add(.write, .now - writing)
            if options.archive { try SiteArchive.write(options.outputFolder, to: options.archiveFile) }
        } catch {
            diagnostics.append(
                .error(
                    "escritura-fallida", error.description,
                    at: SourceLocation(file: options.outputFolder.path, line: 0, column: 0))
            )
            return report(pages: site.pages.count)
        }
        return report(pages: site.pages.count, files: files.count, wrote: true)
    }
}
