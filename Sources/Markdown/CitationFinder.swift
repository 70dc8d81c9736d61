import CCmarkGFM

/// Text that reads like an author–year citation — «(Covey, 1989)», «Austin (2000)» — written in
/// running text outside any link, so it points at no bibliography entry.
public struct UnlinkedCitation: Sendable, Equatable {
    public let text: String
    public let position: SourcePosition

    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}

/// Finds unlinked citations: the text of each block, outside links and code, is read as one run
/// (a citation may break across lines), and a run is searched only when it holds a year. The
/// run's text is put together only then: most runs hold none, and making every run a `String`
/// to look for a year made finding citations 286 M instructions instead of 107 M on the 1 000-page
/// corpus (callgrind), 3.3 % of its build.
struct CitationFinder {
    /// The run so far: each text node's literal, owned by the tree, or nil for a line break.
    private var pieces: [UnsafePointer<CChar>?] = []
    /// The run's length in bytes, and the ASCII digits in a row at its end.
    private var length = 0
    private var digits = 0
    private var holdsYear = false
    /// Where each text node of the run starts in it, with the node's place.
    private var starts: [(offset: Int, position: SourcePosition)] = []
    private var blockPosition = SourcePosition(line: 0, byteColumn: 0)
    private(set) var found: [UnlinkedCitation] = []

    init(root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var linkDepth = 0
        var inHeading = false
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                flush()
            case CMARK_NODE_HEADING:
                // A heading names a work rather than cites it.
                flush()
                inHeading = event == CMARK_EVENT_ENTER
            case CMARK_NODE_TEXT where linkDepth == 0 && !inHeading:
                append(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                pieces.append(nil)
                length += 1
                digits = 0
                // The next line's place, though its column is not known: the start of the line.
                let line = (starts.last?.position.line ?? blockPosition.line) + 1
                starts.append((length, SourcePosition(line: line, byteColumn: 1)))
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                flush()
            default:
                // A block (a paragraph, a heading, a table cell) starts and ends a run; emphasis
                // and other inlines do not.
                guard Self.isBlock(type) else { continue }
                flush()
                if event == CMARK_EVENT_ENTER { blockPosition = Self.position(of: node) }
            }
        }
        flush()
    }

    private mutating func append(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let position = Self.position(of: node)
        starts.append((length, position.line > 0 ? position : blockPosition))
        pieces.append(literal)
        // Four digits in a row, which any year needs, looked for as the run grows.
        var byte = literal
        while byte.pointee != 0 {
            let isDigit = (CChar(UInt8(ascii: "0"))...CChar(UInt8(ascii: "9"))).contains(byte.pointee)
            digits = isDigit ? digits + 1 : 0
            if digits == 4 { holdsYear = true }
            length += 1
            byte += 1
        }
    }

    private mutating func flush() {
        defer {
            // Kept for the next run: a page has hundreds of runs.
            pieces.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            length = 0
            digits = 0
            holdsYear = false
        }
        guard holdsYear else { return }
        let run = pieces.map { $0.map { String(cString: $0) } ?? " " }.joined()
        // Matches come in order: the text node each starts in is found walking on, not back.
        var node = -1
        for match in CitationPattern.citations(in: run) {
            while node + 1 < starts.count, starts[node + 1].offset <= match.offset { node += 1 }
            // Counted from the start of the text around it, which holds in plain prose.
            let start = node >= 0 ? starts[node] : (offset: 0, position: blockPosition)
            let column = start.position.byteColumn + match.offset - start.offset
            found.append(
                UnlinkedCitation(
                    text: match.text, position: SourcePosition(line: start.position.line, byteColumn: column)))
        }
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    private static func position(of node: OpaquePointer) -> SourcePosition {
        SourcePosition(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }
}
