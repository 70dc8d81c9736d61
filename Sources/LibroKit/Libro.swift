import Load
import Workers

/// The pipeline as a library: load → derive → link → render → emit, each stage a method of
/// `BuildRun`. `check` is `build` without writing; `Rebuilder` builds again and again into one
/// folder, redoing only what changed.
public enum Libro {
    public typealias Progress = @Sendable (BuildStage, _ done: Int, _ total: Int) -> Void

    /// Pages rendered at a time by a full build, so a large site's HTML is never all in memory.
    static let batchSize = 512

    /// Builds the site into `options.outputFolder`. On any error nothing is written.
    public static func build(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        Parallel.$workers.withValue(options.threads) { run(options, writes: true, progress: progress) }
    }

    /// Validates everything a build would, without writing. It stops after LINK: RENDER reports
    /// no problem of its own, so the pages it would make are not made.
    public static func check(_ options: BuildOptions, progress: @escaping Progress = { _, _, _ in }) -> BuildReport {
        Parallel.$workers.withValue(options.threads) { run(options, writes: false, progress: progress) }
    }

    /// Every stage once, in order, with nothing from an earlier build; a check stops after LINK.
    private static func run(_ options: BuildOptions, writes: Bool, progress: @escaping Progress) -> BuildReport {
        var run = BuildRun(options: options, progress: progress)
        // Bodies wait in a temporary file for RENDER, which a check does not reach.
        run.spillsBodies = writes
        var noPages: PreviousPages?
        var noTemplates: PreviousTemplates?
        var noTheme: PreviousTheme?
        var noLink: PreviousLink?
        var noDerive: PreviousDerive?
        var noOrganizations: PreviousOrganizations?
        guard var loaded = run.load(previousPages: &noPages, previousTemplates: &noTemplates, previousTheme: &noTheme)
        else {
            return run.report()
        }
        // `--pdf` without a browser stops here, before anything is written.
        if writes, options.pdf, !run.findPDFBrowser(loaded.content.config) { return run.report() }
        let (organizations, derived) = run.derive(&loaded, previous: &noDerive, previousOrganizations: &noOrganizations)
        guard let site = run.link(loaded, organizations: organizations, derived: derived, previous: &noLink) else {
            return run.report()
        }
        if writes { run.renderAndEmit(site, &loaded) }
        return run.report()
    }
}
