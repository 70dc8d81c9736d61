import Emit
import Load
import Render
import Workers

/// Builds the same package into the same folder again and again (`libro servir`), keeping from
/// each build what the next can reuse: the pages it read with their files' stamps, the compiled
/// templates, the organizations' data and the pages DERIVE made from it, what LINK made and what
/// RENDER wrote. A rebuild reads only the files that changed, derives and links again only when
/// something those stages read changed, renders and writes only the pages whose output changes,
/// and the folder ends up byte for byte as a build from nothing makes it.
public struct Rebuilder: Sendable {
    private var pages: PreviousPages? = PreviousPages()
    private var templates: PreviousTemplates?
    private var theme: PreviousTheme?
    private var organizations: PreviousOrganizations?
    private var derive: PreviousDerive?
    private var link: PreviousLink?
    private var render = PreviousRender()
    /// The built files' digests, so the offline reader's list reads only the files a rebuild wrote.
    private var digests = FileDigests()
    /// The folder that holds the site `render` describes; nil when none does.
    private var folder: String?

    public init() {}

    /// The first build is a whole one; each later one redoes only what changed. `changed`, when
    /// given, names (full paths) every file that may have changed since the previous build, none
    /// added or removed, as `libro servir`'s watcher knows them: the content folder is then not
    /// listed and stamped again. Nil (a file added or removed, or nobody watching) checks all.
    public mutating func build(
        _ options: BuildOptions, changed: Set<String>? = nil, progress: @escaping Libro.Progress = { _, _, _ in }
    ) -> BuildReport {
        Parallel.$workers.withValue(options.threads) {
            var run = BuildRun(options: options, progress: progress)
            run.changed = changed
            guard var loaded = run.load(previousPages: &pages, previousTemplates: &templates, previousTheme: &theme)
            else {
                // What the pages and organizations remember may now be older than the changes
                // named so far, which the next build will not name again.
                pages = PreviousPages()
                organizations = nil
                theme = nil
                return run.report()
            }
            let (organizations, derived) = run.derive(
                &loaded, previous: &derive, previousOrganizations: &self.organizations)
            guard let site = run.link(loaded, organizations: organizations, derived: derived, previous: &link) else {
                return run.report()
            }
            run.update(site, loaded, previous: &render, folder: &folder, digests: &digests)
            return run.report()
        }
    }
}
