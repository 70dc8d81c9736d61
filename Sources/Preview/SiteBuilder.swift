import Foundation
import LibroKit

/// Builds the site into the preview's private folder and records each outcome. `Libro.build`
/// writes beside the folder and swaps it in, so a failed build leaves the served site intact.
final class SiteBuilder: Sendable {
    private let options: BuildOptions
    private let status: BuildStatus
    private let report: @Sendable (BuildReport) -> Void

    init(options: BuildOptions, status: BuildStatus, report: @escaping @Sendable (BuildReport) -> Void) {
        self.options = options
        self.status = status
        self.report = report
    }

    var folders: [URL] { [options.contentFolder, options.themeFolder] }

    /// Runs on the caller's thread: call it on the queue that serializes builds.
    func build() {
        let result = Libro.build(options)
        status.record(result)
        report(result)
    }
}
