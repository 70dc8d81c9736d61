import Files
import Markdown

/// The pages LOAD read before, by path, each with the stamp of its file: a rebuild (`libro
/// serve`) reads and parses again only the files whose stamp changed, and reports the same
/// problems for the others as when it read them.
public struct PreviousPages: Sendable {
    struct Entry: Sendable {
        let stamp: FileStamp
        let options: MarkdownOptions
        let page: LoadedPage
    }

    var entries: [String: Entry] = [:]
    /// The folder's files as the last load listed them: taken again when the caller knows which
    /// files changed and that none was added or removed.
    var listing: FileTree.Listing?

    public init() {}
}
