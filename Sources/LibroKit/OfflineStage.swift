import Emit
import Foundation
import Model
import Render

/// EMIT's last file: the offline reader's `sw.js`, listing every other file the build wrote with
/// its size and a version made from their bytes. None when the theme has no worker.
extension BuildRun {
    /// Adds `sw.js` to the site `writer` holds, once everything else is in it; true when it did.
    static func addServiceWorker(
        to writer: inout SiteWriter, renderer: SiteRenderer, digests: inout FileDigests
    ) throws(SiteWriter.Failure) -> Bool {
        let listed = try digests.files(
            Self.listed(writer.writtenPaths), in: writer.folder, digested: writer.writtenFiles)
        guard let worker = renderer.serviceWorker(listing: listed) else { return false }
        try writer.add([worker])
        return true
    }

    /// Writes `sw.js` for the files at `paths` of a site changed in place, where only `written`
    /// changed since the digests were taken; true when the theme has a worker (one that stopped
    /// shipping it leaves none behind).
    static func updateServiceWorker(
        with updater: SiteUpdater, in folder: URL, listing paths: Set<String>, written: Set<String>,
        renderer: SiteRenderer, digests: inout FileDigests
    ) throws(SiteWriter.Failure) -> Bool {
        let listed = try digests.files(Self.listed(paths), in: folder, written: written)
        guard let worker = renderer.serviceWorker(listing: listed) else {
            try updater.apply(write: [], remove: [SiteLayout.serviceWorker])
            return false
        }
        try updater.apply(write: [worker], remove: [])
        return true
    }

    private static func listed(_ paths: Set<String>) -> [String] {
        paths.filter { $0 != SiteLayout.serviceWorker }
    }
}
