import CCmarkGFM

/// One walk over a fresh tree that collects what the pipeline needs as plain values.
struct TreeScan {
    var headings: [MarkdownHeading] = []
    var headingNodes: [OpaquePointer] = []
    var links: [MarkdownLink] = []
    var linkNodes: [OpaquePointer] = []
    var rawHTML: [MarkdownRawHTML] = []
    var codeBlocks: [MarkdownCodeBlock] = []
    var codeBlockNodes: [OpaquePointer] = []
    var callouts: [MarkdownCallout] = []
    /// Each callout's block quote and the nodes of its marker line (text and the line break).
    var calloutNodes: [(quote: OpaquePointer, marker: [OpaquePointer])] = []
    var hasFootnotes = false
    /// `<!-- fichas -->` comments (see `CardTableMarks`): marks, not raw HTML.
    var cardMarkers: [OpaquePointer] = []

    init(root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            visit(node)
        }
    }

    private mutating func visit(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_HEADING:
            headings.append(
                MarkdownHeading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: Self.plainText(of: node),
                    position: Self.position(of: node),
                    lead: cmark_node_next(node).flatMap { next in
                        cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH ? Self.lead(of: next) : nil
                    },
                    endLine: Int(cmark_node_get_end_line(node)),
                    isTopLevel: cmark_node_parent(node).map { cmark_node_get_type($0) == CMARK_NODE_DOCUMENT } ?? false
                )
            )
            headingNodes.append(node)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            links.append(
                MarkdownLink(
                    destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                    hasEmptyText: cmark_node_first_child(node) == nil,
                    isImage: type == CMARK_NODE_IMAGE,
                    position: Self.position(of: node)
                )
            )
            linkNodes.append(node)
        case CMARK_NODE_BLOCK_QUOTE:
            guard let (marker, nodes) = Self.calloutMarker(of: node) else { break }
            callouts.append(
                MarkdownCallout(kind: marker.kind, detail: marker.detail, position: Self.position(of: node)))
            calloutNodes.append((node, nodes))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            hasFootnotes = true
        case CMARK_NODE_HTML_BLOCK where CardTableMarks.isMarker(Self.literal(of: node)):
            cardMarkers.append(node)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            rawHTML.append(
                MarkdownRawHTML(
                    position: Self.position(of: node),
                    literal: Self.literal(of: node)))
        case CMARK_NODE_CODE_BLOCK where Self.isFenced(node):
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let previous = cmark_node_previous(node)
            codeBlocks.append(
                MarkdownCodeBlock(
                    info: String(info.split(whereSeparator: \.isWhitespace).first ?? ""),
                    literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                    position: Self.position(of: node),
                    // A heading right above the block was the last one met: nothing comes between
                    // them. Searching every heading made code blocks cost as many headings each.
                    headingAbove: previous == headingNodes.last && previous != nil ? headingNodes.count - 1 : nil
                )
            )
            codeBlockNodes.append(node)
        default:
            break
        }
    }

    /// The marker of a callout (`[!AGREGADO] opcional`): the text of the first line of the quote's
    /// first paragraph, which cmark may hold in several text nodes (a bracket is a node of its own).
    private static func calloutMarker(of quote: OpaquePointer)
        -> (marker: (kind: String, detail: String), nodes: [OpaquePointer])?
    {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        else { return nil }
        var line = ""
        var nodes: [OpaquePointer] = []
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                nodes.append(node)
                break
            }
            guard type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return nil }
            line += String(cString: literal)
            nodes.append(node)
            child = cmark_node_next(node)
        }
        return MarkdownCallout.marker(in: line).map { ($0, nodes) }
    }

    /// cmark writes the fence's length, offset and character through all three pointers.
    private static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func position(of node: OpaquePointer) -> SourcePosition {
        SourcePosition(
            line: Int(cmark_node_get_start_line(node)),
            byteColumn: Int(cmark_node_get_start_column(node))
        )
    }

    /// A paragraph's text for a card: a sentence holding a link with no text yet (`Ver [](ref:x).`)
    /// is only a pointer elsewhere, so it is left out.
    static func lead(of paragraph: OpaquePointer) -> String {
        let marker: Character = "\u{1}"
        let text = plainText(of: paragraph, emptyLinks: marker)
        guard text.contains(marker) else { return text }
        var kept = ""
        for sentence in text.split(separator: ". ", omittingEmptySubsequences: false) {
            if sentence.contains(marker) { break }
            kept += kept.isEmpty ? sentence : ". " + sentence
        }
        // The sentences kept end where a cut one began, so they get their period back.
        return kept.isEmpty ? "" : kept.trimmingSuffix(".") + "."
    }

    /// Text and code literals below `node`, in order; soft breaks count as spaces.
    static func plainText(of node: OpaquePointer, emptyLinks marker: Character? = nil) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_LINK where cmark_node_first_child(child) == nil:
                if let marker { text.append(marker) }
            default:
                break
            }
        }
        return text
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
