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

    /// Stamps the files at `paths` (full paths) again, in place: a large site's snapshot is not
    /// copied nor compared whole for a saved file. The files whose stamps changed; nil, with the
    /// snapshot as it was, when one of them is not in it or is gone, which only a whole new
    /// snapshot describes.
    mutating func restamp(_ paths: Set<String>) -> Set<String>? {
        var changed: [(path: String, stamp: FileStamp)] = []
        for path in paths {
            guard let old = entries[path], let stamp = FileStamp(path: path) else { return nil }
            if old != stamp { changed.append((path, stamp)) }
        }
        for (path, stamp) in changed { entries[path] = stamp }
        return Set(changed.map(\.path))
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
