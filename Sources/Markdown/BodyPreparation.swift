import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// Renders the body now, with marks (`BodyMarker`) where heading anchors, link targets and
    /// glossary links go: only the whole site knows those, and keeping this HTML instead of the
    /// tree spares RENDER a second parse. Nil where `text` (the parsed text) could forge a mark
    /// or the tree refused one; the document is spent either way. `dataBlocks` are the code
    /// blocks (into `codeBlockNodes`) the theme draws at RENDER, in the page's order of blocks:
    /// each is kept between marks, so RENDER draws only the blocks.
    public func prepareBody(of text: String, dataBlocks: [Int] = []) -> PreparedBody? {
        // Table cards are written over the whole HTML, which a drawn block would be part of.
        guard !BodyMarker.mayAppear(in: text), dataBlocks.isEmpty || cardTableLabels.isEmpty else { return nil }
        guard markDataBlocks(dataBlocks) else { return nil }
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

    /// A block made of `mark`, which cmark writes as is on a line of its own, before and after
    /// each data block; the code block stays for a block the theme does not draw.
    private func markDataBlocks(_ dataBlocks: [Int]) -> Bool {
        for (number, codeBlock) in dataBlocks.enumerated() {
            guard codeBlock < codeBlockNodes.count, let node = codeBlockNodes[codeBlock],
                insertBlock(BodyMarker.make(.block, number), { cmark_node_insert_before(node, $0) }),
                insertBlock(BodyMarker.make(.blockEnd), { cmark_node_insert_after(node, $0) })
            else { return false }
        }
        return true
    }

    private func insertBlock(_ mark: String, _ insert: (OpaquePointer) -> Int32) -> Bool {
        insertNode(CMARK_NODE_CUSTOM_BLOCK, insert) { node in
            cmark_node_set_on_enter(node, mark)
            cmark_node_set_on_exit(node, "")
        }
    }

    private func insertText(_ text: String, _ insert: (OpaquePointer) -> Int32) -> Bool {
        insertNode(CMARK_NODE_TEXT, insert) { cmark_node_set_literal($0, text) }
    }

    /// A new node of `type`, set up by `fill` and put in the tree by `insert`; freed if refused.
    private func insertNode(
        _ type: cmark_node_type, _ insert: (OpaquePointer) -> Int32, fill: (OpaquePointer) -> Void
    ) -> Bool {
        guard let node = cmark_node_new_with_mem(type, allocator.memory) else { return false }
        fill(node)
        guard insert(node) != 0 else {
            cmark_node_free(node)
            return false
        }
        return true
    }
}
