import Diagnostics
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

    /// What the last load returned, with where each page sits in it: a rebuild whose changed
    /// files are pages that still load replaces those pages in it instead of gathering ten
    /// thousand pages again.
    struct LastLoad: Sendable {
        /// The content returned, its work times left out.
        var content: LoadedContent
        /// The problems reported before any page's: the listing's, the package files', the summary's.
        var leading: DiagnosticList
        /// Each page's problems, in the order of the Markdown paths.
        var pageProblems: [DiagnosticList]
        /// Each Markdown path's place among those paths and among `content.pages` (nil for a
        /// page that could not be read).
        var places: [String: (path: Int, page: Int?)]
    }

    var entries: [String: Entry] = [:]
    /// The folder's files as the last load listed them: taken again when the caller knows which
    /// files changed and that none was added or removed.
    var listing: FileTree.Listing?
    var last: LastLoad?

    public init() {}
}
