import Foundation
import LibroKit

/// Builds the site into the preview's private folder and records each outcome. The first build
/// writes the whole site; later ones reuse what it kept and write only what changed. A failed build
/// writes nothing, so the served site stays intact.
final class SiteBuilder: @unchecked Sendable {
    private let options: BuildOptions
    private let status: BuildStatus
    private let report: @Sendable (BuildReport) -> Void
    /// Touched only by `build()`, which runs on the queue that serializes builds.
    private var rebuilder = Rebuilder()

    init(options: BuildOptions, status: BuildStatus, report: @escaping @Sendable (BuildReport) -> Void) {
        self.options = options
        self.status = status
        self.report = report
    }

    var folders: [URL] { [options.contentFolder, options.themeFolder] }

    /// Runs on the caller's thread: call it on the queue that serializes builds. `changed` names
    /// every file that changed since the last build, none added or removed; nil looks at all.
    func build(changed: Set<String>? = nil) {
        let result = rebuilder.build(options, changed: changed)
        status.record(result)
        report(result)
    }
}
