/// A page body rendered by LOAD from its one parse, with marks where RENDER splices what the
/// rest of the site decides (`BodyMarker`). Kept as bytes: a cmark tree takes several times the
/// memory of its text, and this is about the size of the text.
public struct PreparedBody: Sendable, Hashable {
    /// cmark's HTML with the marks in it.
    let html: [UInt8]
    /// Whether the body has footnotes, whose labels cmark writes in English.
    let hasFootnotes: Bool
    /// Safe mode: cmark drops link targets that run scripts or open files.
    let checksURLs: Bool

    /// The finished HTML, as `MarkdownDocument` renders it after `linkFirstMentions`,
    /// `setHeadingAnchors` and `rewriteLinks`; `links[i]` is how link `i` changes, nil to leave it.
    public func filled(
        anchors: [String], links: [LinkRewrite?], mentions: MentionIndex, destinations: [String],
        className: String
    ) -> String {
        var filler = PreparedBodyFiller(
            body: self, anchors: anchors, links: links, destinations: destinations, className: className,
            matcher: mentions.count > 0 ? MentionMatcher(index: mentions, destinations: destinations) : nil)
        let html = String(decoding: filler.fill(), as: UTF8.self)
        return hasFootnotes ? MarkdownDocument.spanishFootnoteLabels(html) : html
    }
}
