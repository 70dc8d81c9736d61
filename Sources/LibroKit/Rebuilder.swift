import Emit
import Load
import Render
import Workers

/// Builds the same package into the same folder again and again (`libro servir`), keeping from
/// each build what the next can reuse: the pages it read with their files' stamps, the compiled
/// templates, what LINK made and what RENDER wrote. A rebuild reads only the files that changed,
/// links again only when something linking reads changed, renders and writes only the pages
/// whose output changes, and the folder ends up byte for byte as a build from nothing makes it.
public struct Rebuilder: Sendable {
    private var pages: PreviousPages? = PreviousPages()
    private var templates: PreviousTemplates?
    private var link: PreviousLink?
    private var render = PreviousRender()
    /// The built files' digests, so the offline reader's list reads only the files a rebuild wrote.
    private var digests = FileDigests()
    /// The folder that holds the site `render` describes; nil when none does.
    private var folder: String?

    public init() {}

    /// The first build is a whole one; each later one redoes only what changed.
    public mutating func build(_ options: BuildOptions, progress: @escaping Libro.Progress = { _, _, _ in })
        -> BuildReport
    {
        Parallel.$workers.withValue(options.threads) {
            var run = BuildRun(options: options, progress: progress)
            guard var loaded = run.load(previousPages: &pages, previousTemplates: &templates) else {
                return run.report()
            }
            let (organizations, derived) = run.derive(&loaded)
            guard let site = run.link(loaded, organizations: organizations, derived: derived, previous: &link) else {
                return run.report()
            }
            run.update(site, loaded, previous: &render, folder: &folder, digests: &digests)
            return run.report()
        }
    }
}
