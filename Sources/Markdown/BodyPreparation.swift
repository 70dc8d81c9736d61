import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// Renders the body now, with marks (`BodyMarker`) where heading anchors, link targets and
    /// glossary links go: only the whole site knows those, and keeping this HTML instead of the
    /// tree spares RENDER a second parse. Nil where `text` (the parsed text) could forge a mark
    /// or the tree refused one; the document is spent either way.
    public func prepareBody(of text: String) -> PreparedBody? {
        guard !BodyMarker.mayAppear(in: text) else { return nil }
        markRunningText()
        guard markLinks() else { return nil }
        setHeadingAnchors(headings.indices.map { BodyMarker.make(.heading, $0) })
        return PreparedBody(
            html: renderCmarkBytes(), hasFootnotes: hasFootnotes, checksURLs: !options.allowsRawHTML)
    }

    /// Wraps the text where `linkFirstMentions` would look, each with the link its parent takes.
    private func markRunningText() {
        // Whether a node takes a link depends on its type alone: asked once a type.
        var fits: [cmark_node_type: BodyMarker.Kind] = [:]
        for node in MentionLinker.runningText(in: root) {
            guard let literal = cmark_node_get_literal(node), let parent = cmark_node_parent(node) else { continue }
            let parentType = cmark_node_get_type(parent)
            let kind = fits[parentType] ?? linkKind(before: node)
            fits[parentType] = kind
            // Made as bytes: every text node of every page goes through here.
            var marked = [CChar]()
            let length = strlen(literal)
            marked.reserveCapacity(length + 7)
            marked += [1, CChar(kind.rawValue), 2]
            marked += UnsafeBufferPointer(start: literal, count: length)
            marked += [1, CChar(BodyMarker.Kind.end.rawValue), 2, 0]
            cmark_node_set_literal(node, marked)
        }
    }

    /// Which link a mention at `node` may become, tried in the order `MentionLinker` tries them.
    private func linkKind(before node: OpaquePointer) -> BodyMarker.Kind {
        let tries: [(cmark_node_type, BodyMarker.Kind)] = [
            (CMARK_NODE_CUSTOM_INLINE, .text), (CMARK_NODE_LINK, .plainText),
        ]
        for (type, kind) in tries {
            guard let probe = cmark_node_new_with_mem(type, allocator.memory) else { continue }
            // Freeing unlinks the probe again.
            defer { cmark_node_free(probe) }
            if cmark_node_insert_before(node, probe) != 0 { return kind }
        }
        return .unlinkableText
    }

    /// A mark before each link (its target follows) and, in a link without text, one for the text.
    private func markLinks() -> Bool {
        for (index, node) in linkNodes.enumerated() {
            guard insertText(BodyMarker.make(.link, index), { cmark_node_insert_before(node, $0) }) else {
                return false
            }
            if cmark_node_first_child(node) == nil,
                !insertText(BodyMarker.make(.fill, index), { cmark_node_append_child(node, $0) })
            {
                return false
            }
        }
        return true
    }

    private func insertText(_ text: String, _ insert: (OpaquePointer) -> Int32) -> Bool {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, allocator.memory) else { return false }
        cmark_node_set_literal(node, text)
        guard insert(node) != 0 else {
            cmark_node_free(node)
            return false
        }
        return true
    }
}
