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
}
