import Files
import Link
import Markdown
import Model

/// What a build rendered, kept for the next build into the same folder (`libro servir`): the
/// site's shape, each page's inputs and search entry, and the other files' contents.
public struct PreviousRender: Sendable {
    /// What a page's output is made of besides the site's shape.
    struct PageKey: Equatable {
        let page: LinkedPage
        let body: MarkdownSource
    }

    /// What an output file that is not a page held.
    enum Contents: Equatable {
        case text(String)
        case bytes([UInt8])
        case pieces([[UInt8]])
        /// A copied file: where from, and its stamp then.
        case copy(String, FileStamp?)

        init(_ contents: OutputFile.Contents) {
            switch contents {
            case .text(let text): self = .text(text)
            case .bytes(let bytes): self = .bytes(bytes)
            case .pieces(let pieces): self = .pieces(pieces)
            case .copy(let source): self = .copy(source.path, FileStamp(path: source.path))
            }
        }
    }

    var shape: SiteShape?
    var keys: [PageKey] = []
    var entries: [SearchIndex.Entry?] = []
    /// The search index as written; a rebuild changes it in place. Its term lists are shared
    /// with whatever rebuild takes it, so a memory is used for one rebuild only.
    var index: SearchIndex?
    var others: [String: Contents] = [:]
    /// The files made from the shape alone (`SiteRenderer.generatedFiles`), and the method they
    /// were made with: the shape leaves out the method, which system maps read.
    var generated: [OutputFile]?
    var method: PackageMethod?
    /// Every file of the site, pages included.
    public internal(set) var paths: Set<String> = []

    /// How many files the site has.
    public var pathCount: Int { paths.count }

    /// Nothing remembered: the next build renders every page.
    public init() {}
}
