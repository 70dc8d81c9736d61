import Foundation

/// Every visible file and folder below some folders, with its size and modification date: what
/// the watcher compares between polls. Hidden names are left out, as the content loader skips them.
struct FolderSnapshot: Equatable {
    private struct Stamp: Equatable {
        let size: Int?
        let modified: Date?
    }

    private var entries: [String: Stamp] = [:]

    init(of folders: [URL]) {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            guard
                let walk = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            else { continue }
            for case let entry as URL in walk {
                let values = try? entry.resourceValues(forKeys: Set(keys))
                entries[entry.path] = Stamp(size: values?.fileSize, modified: values?.contentModificationDate)
            }
        }
    }
}
