import Foundation

/// Lists the regular files below a folder, sorted, with paths relative to it.
/// Hidden files and folders (`.git`, `.DS_Store`) are not content.
enum FileTree {
    struct Unreadable: Error {}

    static func files(in root: URL) throws -> [String] {
        let listing = FolderListing(of: root.path, includesHidden: false)
        guard listing.isReadable else { throw Unreadable() }
        return listing.files.sorted()
    }
}
