import Diagnostics
import Emit
import Foundation
import Model
import Workers

/// One run of the pipeline as it goes: what the stages found, the work they did and how long each
/// took on the clock, and at the end the report. The stages are its methods, one file each
/// (`LoadStage`, `DeriveStage`, `LinkStage`, `RenderStage`), in the order they run.
struct BuildRun {
    let options: BuildOptions
    let progress: Libro.Progress
    /// Every file (full paths) that may have changed since the previous build, none added or
    /// removed, as `libro servir`'s watcher saw them; nil when unknown, and then every file is
    /// looked at.
    var changed: Set<String>?
    /// Whether LOAD keeps a build from nothing's prepared bodies in a temporary file until RENDER.
    var spillsBodies = true
    var diagnostics = DiagnosticList()
    var work = WorkTimes()
    var stages = StageTimes()
    /// The report's figures, set by the stages that know them.
    var pages = 0
    var files = 0
    var renderedPages: Int?
    var linkedAgain = true
    var searchIndexBytes = 0
    var pdfs = 0
    /// The browser `--pdf` prints with, found before anything is built.
    var pdfBrowser: URL?
    var wroteSite = false
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    init(options: BuildOptions, progress: @escaping Libro.Progress) {
        self.options = options
        self.progress = progress
        start = clock.now
    }

    /// What the run did, up to where it stopped.
    func report() -> BuildReport {
        var report = BuildReport(
            diagnostics: diagnostics, pages: pages, files: files,
            milliseconds: Int((clock.now - start) / .milliseconds(1)), wroteSite: wroteSite)
        report.renderedPages = renderedPages ?? pages
        report.linkedAgain = linkedAgain
        report.searchIndexBytes = searchIndexBytes
        report.pdfs = pdfs
        report.times = work
        report.stages = stages
        return report
    }

    /// A failure to write the output folder, as a diagnostic at that folder.
    mutating func record(_ failure: SiteWriter.Failure) {
        diagnostics.append(
            .error(
                "escritura-fallida", failure.description,
                at: SourceLocation(file: options.outputFolder.path, line: 0, column: 0)))
    }
}
