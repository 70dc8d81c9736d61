import CCmarkGFM
import Foundation

/// A parsed Markdown document. The only owner of its cmark tree and parser, which it frees in
/// `deinit`; no C pointer leaves this type.
///
/// A document is touched by one task at a time (the page it belongs to), so it may cross tasks.
public final class MarkdownDocument: @unchecked Sendable {
    public let options: MarkdownOptions
    /// Headings in document order.
    public let headings: [MarkdownHeading]
    /// Links and images in document order.
    public let links: [MarkdownLink]
    /// Raw HTML as written, with its place (dropped on render unless the options allow it).
    public let rawHTML: [MarkdownRawHTML]
    /// Fenced code blocks in document order; some hold data for the build (`actividad`, …).
    public let codeBlocks: [MarkdownCodeBlock]
    /// Block quotes that open with a marker (`> [!AGREGADO]`), in document order.
    public let callouts: [MarkdownCallout]
    /// `<!-- fichas -->` marks with no table right below them, for LOAD to warn about.
    public let strayCardMarkers: [SourcePosition]

    let allocator: CmarkAllocator
    private let parser: OpaquePointer
    let root: OpaquePointer
    private var headingNodes: [OpaquePointer]
    let linkNodes: [OpaquePointer]
    private(set) var codeBlockNodes: [OpaquePointer?]
    private var calloutNodes: [(quote: OpaquePointer, marker: [OpaquePointer])?]
    /// Headings replaced by anchored blocks. Their former children still point into the text
    /// these nodes own, so they are freed only after the tree.
    private var retiredNodes: [OpaquePointer] = []
    private var headingsAnchored = false
    /// Whether the text defines footnotes (`[^1]: …`), which cmark labels in English.
    let hasFootnotes: Bool
    /// The column headings of each table marked to show as cards, in document order.
    let cardTableLabels: [[String]]

    /// Parses `text` as GitHub Flavored Markdown.
    public convenience init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) {
        self.init(parsing: text, options: options, allocator: .system)
    }

    init(parsing text: String, options: MarkdownOptions, allocator: CmarkAllocator) {
        self.options = options
        self.allocator = allocator
        let memory = allocator.memory
        // cmark_parser_new_with_mem only fails when malloc does, which cmark itself treats as fatal.
        guard let parser = cmark_parser_new_with_mem(options.cmarkOptions, memory) else {
            fatalError("cmark could not allocate a parser")
        }
        for syntaxExtension in SyntaxExtensions.registered {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var utf8 = text
        // Feeding builds the blocks, which touches no shared state; the lock is for the inlines,
        // parsed when the document is finished.
        utf8.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let finished = SyntaxExtensions.parsing.withLock { cmark_parser_finish(parser) }
        guard let root = finished else {
            fatalError("cmark could not allocate a document")
        }
        self.parser = parser
        self.root = root

        let scan = TreeScan(root: root)
        headings = scan.headings
        headingNodes = scan.headingNodes
        links = scan.links
        linkNodes = scan.linkNodes
        rawHTML = scan.rawHTML
        codeBlocks = scan.codeBlocks
        codeBlockNodes = scan.codeBlockNodes
        callouts = scan.callouts
        calloutNodes = scan.calloutNodes
        hasFootnotes = scan.hasFootnotes
        (cardTableLabels, strayCardMarkers) = CardTableMarks.apply(to: scan.cardMarkers, memory: allocator.memory)
    }

    deinit {
        cmark_node_free(root)
        for node in retiredNodes { cmark_node_free(node) }
        cmark_parser_free(parser)
    }

    /// Gives every heading an `id`; `anchors` holds one per heading, in document order.
    /// Done by swapping each heading for a custom block, since safe mode drops raw HTML nodes.
    public func setHeadingAnchors(_ anchors: [String]) {
        precondition(anchors.count == headingNodes.count, "one anchor per heading")
        precondition(!headingsAnchored, "anchors are set once")
        headingsAnchored = true
        let memory = allocator.memory
        for (index, heading) in headingNodes.enumerated() {
            guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { continue }
            let level = headings[index].level
            cmark_node_set_on_enter(block, "<h\(level) id=\"\(HTMLAttribute.escape(anchors[index]))\">")
            cmark_node_set_on_exit(block, "</h\(level)>")
            while let child = cmark_node_first_child(heading) {
                cmark_node_append_child(block, child)
            }
            cmark_node_replace(heading, block)
            retiredNodes.append(heading)
            headingNodes[index] = block
        }
    }

    /// Replaces link targets; `rewrite` receives each link's index in `links` and returns nil to
    /// leave it as written.
    public func rewriteLinks(_ rewrite: (Int, MarkdownLink) -> LinkRewrite?) {
        let memory = allocator.memory
        for (index, link) in links.enumerated() {
            guard let change = rewrite(index, link) else { continue }
            let node = linkNodes[index]
            cmark_node_set_url(node, change.destination)
            if let fill = change.fillText, cmark_node_first_child(node) == nil,
                let text = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory)
            {
                cmark_node_set_literal(text, fill)
                cmark_node_append_child(node, text)
            }
        }
    }

    /// Puts `html` where code block `index` (into `codeBlocks`) stood, written as is: the block's
    /// data becomes markup made by the theme. A custom block, since safe mode drops raw HTML nodes.
    public func replaceCodeBlock(_ index: Int, withHTML html: String) {
        guard let node = codeBlockNodes[index] else { preconditionFailure("each code block is replaced once") }
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, allocator.memory) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(node, block)
        cmark_node_free(node)
        codeBlockNodes[index] = nil
    }

    /// Author–year citations written outside links, which point at no bibliography entry.
    public func unlinkedCitations() -> [UnlinkedCitation] {
        CitationFinder(root: root).found
    }

    /// Draws callout `index` (into `callouts`) as a box: its marker line goes, its content stays
    /// Markdown, between `enter` and `exit`, written as is.
    public func wrapCallout(_ index: Int, enter: String, exit: String) {
        guard let (quote, marker) = calloutNodes[index] else { preconditionFailure("each callout is wrapped once") }
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, allocator.memory) else { return }
        calloutNodes[index] = nil
        let paragraph = marker.first.flatMap(cmark_node_parent)
        // Unlinked, not freed: the nodes that stay point into text their old parents own.
        for node in marker {
            cmark_node_unlink(node)
            retiredNodes.append(node)
        }
        if let paragraph, cmark_node_first_child(paragraph) == nil {
            cmark_node_unlink(paragraph)
            retiredNodes.append(paragraph)
        }
        cmark_node_set_on_enter(block, enter)
        cmark_node_set_on_exit(block, exit)
        while let child = cmark_node_first_child(quote) {
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(quote, block)
        retiredNodes.append(quote)
    }

    /// Links the first mention of each target in running text (never in headings, links or code),
    /// as `<a class="…" href="…">`. Returns the indices of the targets that were mentioned.
    @discardableResult
    public func linkFirstMentions(of targets: [MentionTarget], className: String) -> [Int] {
        linkFirstMentions(
            using: MentionIndex(targets.map { ($0.forms, $0.exactForms) }),
            destinations: targets.map(\.destination),
            className: className
        )
    }

    /// The same with the terms read once for many pages; `destinations[i]` is where target `i`
    /// links from this page, and an empty one leaves it unlinked.
    @discardableResult
    public func linkFirstMentions(using index: MentionIndex, destinations: [String], className: String) -> [Int] {
        guard index.count > 0 else { return [] }
        var linker = MentionLinker(
            index: index, destinations: destinations, className: className, memory: allocator.memory)
        linker.link(in: root)
        return linker.mentioned.filter { !destinations[$0].isEmpty }.sorted()
    }

    /// Renders the document as HTML with the GFM extensions it was parsed with.
    public func renderHTML() -> String {
        let html = String(decoding: renderCmarkBytes(), as: UTF8.self)
        return hasFootnotes ? Self.spanishFootnoteLabels(html) : html
    }

    /// cmark's HTML, with the markup of tables shown as cards.
    func renderCmarkBytes() -> [UInt8] {
        let bytes = cmarkBytes()
        guard !cardTableLabels.isEmpty else { return bytes }
        return Array(CardTableMarkup.apply(to: String(decoding: bytes, as: UTF8.self), labels: cardTableLabels).utf8)
    }

    /// cmark's HTML as it writes it.
    private func cmarkBytes() -> [UInt8] {
        let memory = allocator.memory
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html_with_mem(root, options.cmarkOptions, extensions, memory) else {
            return []
        }
        defer { memory.pointee.free(html) }
        return html.withMemoryRebound(to: UInt8.self, capacity: strlen(html)) {
            Array(UnsafeBufferPointer(start: $0, count: strlen(html)))
        }
    }

    /// The link back from a note is read aloud by screen readers: in Spanish, as every text.
    static func spanishFootnoteLabels(_ html: String) -> String {
        html.replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"Volver al texto\"")
    }
}
