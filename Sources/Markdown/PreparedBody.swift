import Files

/// A page body rendered by LOAD from its one parse, with marks where RENDER splices what the
/// rest of the site decides (`BodyMarker`). Kept as bytes: a cmark tree takes several times the
/// memory of its text, and this is about the size of the text. A build from nothing keeps them
/// in a temporary file instead (`spilled(to:)`): 100 000 pages hold some 700 MB of them.
public struct PreparedBody: Sendable, Hashable {
    private enum Storage: Sendable {
        case held([UInt8])
        case spilled(SpillFile, offset: Int64, count: Int)
    }

    private let storage: Storage
    /// Whether the body has footnotes, whose labels cmark writes in English.
    let hasFootnotes: Bool
    /// Safe mode: cmark drops link targets that run scripts or open files.
    let checksURLs: Bool

    init(html: [UInt8], hasFootnotes: Bool, checksURLs: Bool) {
        storage = .held(html)
        self.hasFootnotes = hasFootnotes
        self.checksURLs = checksURLs
    }

    private init(storage: Storage, of body: PreparedBody) {
        self.storage = storage
        hasFootnotes = body.hasFootnotes
        checksURLs = body.checksURLs
    }

    /// cmark's HTML with the marks in it; read from the file each time when spilled.
    var html: [UInt8] {
        switch storage {
        case .held(let html): html
        case .spilled(let file, let offset, let count): file.read(from: offset, count: count)
        }
    }

    /// The same body with its HTML in `file`; itself when the file cannot take it.
    public func spilled(to file: SpillFile) -> PreparedBody {
        guard case .held(let html) = storage, let offset = file.append(html) else { return self }
        return PreparedBody(storage: .spilled(file, offset: offset, count: html.count), of: self)
    }

    /// Equal when the HTML is: a spilled body is compared by what it reads back.
    public static func == (left: PreparedBody, right: PreparedBody) -> Bool {
        left.hasFootnotes == right.hasFootnotes && left.checksURLs == right.checksURLs && left.html == right.html
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(html)
        hasher.combine(hasFootnotes)
        hasher.combine(checksURLs)
    }

    /// The finished HTML, as `MarkdownDocument` renders it after `linkFirstMentions`,
    /// `setHeadingAnchors` and `rewriteLinks`; `links[i]` is how link `i` changes, nil to leave it;
    /// `blocks[i]` is what `replaceCodeBlock` puts in place of data block `i`, nil to leave it.
    public func filled(
        anchors: [String], links: [LinkRewrite?], mentions: MentionIndex, destinations: [String],
        className: String, blocks: [String?] = []
    ) -> String {
        var filler = PreparedBodyFiller(
            body: self, anchors: anchors, links: links, destinations: destinations, className: className,
            blocks: blocks,
            matcher: mentions.count > 0 ? MentionMatcher(index: mentions, destinations: destinations) : nil)
        let html = String(decoding: filler.fill(), as: UTF8.self)
        return hasFootnotes ? MarkdownDocument.spanishFootnoteLabels(html) : html
    }
}
