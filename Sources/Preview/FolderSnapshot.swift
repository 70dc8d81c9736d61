import Files
import Foundation

/// Every visible file below some folders with its stamp: what the watcher compares between
/// polls. Hidden names are left out, as the content loader skips them. Read with `readdir` and
/// `stat`, since it runs a few times a second over sites of thousands of files.
struct FolderSnapshot: Equatable {
    private var entries: [String: FileStamp] = [:]
    private var folders: Set<String> = []

    /// The folders below the snapshot's folders, as full paths.
    var folderPaths: Set<String> { folders }

    init(of folders: [URL]) {
        for folder in folders {
            let root = folder.path
            let listing = FolderListing(of: root, includesHidden: false)
            self.folders.formUnion(listing.folders.map { root + "/" + $0 })
            for file in listing.files {
                let path = root + "/" + file
                if let stamp = FileStamp(path: path) { entries[path] = stamp }
            }
        }
    }

    /// This snapshot with the files at `paths` (full paths) stamped again; nil when one of them
    /// is not in it or is gone, which only a whole new snapshot describes.
    func restamping(_ paths: Set<String>) -> FolderSnapshot? {
        var updated = self
        for path in paths {
            guard entries[path] != nil, let stamp = FileStamp(path: path) else { return nil }
            updated.entries[path] = stamp
        }
        return updated
    }

    /// The files whose stamps differ from those in `old`; nil when a file or folder was added
    /// or removed since.
    func changedFiles(since old: FolderSnapshot) -> Set<String>? {
        guard entries.count == old.entries.count, folders == old.folders else { return nil }
        var changed: Set<String> = []
        for (path, stamp) in entries {
            guard let before = old.entries[path] else { return nil }
            if before != stamp { changed.insert(path) }
        }
        return changed
    }
}
