import CCmarkGFM
import Foundation

/// Turns the first mention of each target into a link. Two passes, as cmark asks: the walk only
/// decides where the links go; the tree changes after the iterator is gone.
struct MentionLinker {
    /// Where each target's link points, relative to the page; an empty one is not linked.
    let destinations: [String]
    let className: String
    let memory: UnsafeMutablePointer<cmark_mem>
    private var matcher: MentionMatcher
    var mentioned: Set<Int> { matcher.mentioned }

    init(index: MentionIndex, destinations: [String], className: String, memory: UnsafeMutablePointer<cmark_mem>) {
        self.destinations = destinations
        self.className = className
        self.memory = memory
        matcher = MentionMatcher(index: index, destinations: destinations)
    }

    mutating func link(in root: OpaquePointer) {
        var found: [(node: OpaquePointer, text: String, matches: [MentionMatcher.Match])] = []
        for node in Self.runningText(in: root) {
            guard let literal = cmark_node_get_literal(node) else { continue }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            guard matcher.mayMention(bytes) else { continue }
            let text = String(cString: literal)
            let matches = matcher.firstMatches(in: text)
            if !matches.isEmpty { found.append((node, text, matches)) }
        }
        for (node, text, matches) in found {
            split(node, text: text, at: matches)
        }
    }

    /// The text nodes of running prose, in document order: where mentions are linked.
    static func runningText(in root: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [OpaquePointer] = []
        var skipDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if skippedContainers.contains(type) {
                skipDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                continue
            }
            if skipDepth == 0, event == CMARK_EVENT_ENTER, type == CMARK_NODE_TEXT { nodes.append(node) }
        }
        return nodes
    }

    /// Containers whose text is not running prose (code and raw HTML are leaves, never text
    /// nodes). Headings become custom blocks once they get their anchors, so those are skipped too.
    /// Containers get an enter and an exit event; leaves only an enter.
    private static let skippedContainers: Set<cmark_node_type> = [
        CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE,
    ]

    /// Replaces a text node by its pieces: text, link, text, …
    private func split(_ node: OpaquePointer, text: String, at matches: [MentionMatcher.Match]) {
        var cursor = text.startIndex
        for match in matches {
            insertText(String(text[cursor..<match.range.lowerBound]), before: node)
            let words = String(text[match.range])
            if !insertLink(to: destinations[match.target], words: words, before: node) {
                insertText(words, before: node)
            }
            cursor = match.range.upperBound
        }
        insertText(String(text[cursor...]), before: node)
        cmark_node_free(node)
    }

    /// A custom inline carries the class; where the parent refuses one (GFM table cells accept
    /// only some inlines), a plain link does. True when either went in.
    private func insertLink(to destination: String, words: String, before node: OpaquePointer) -> Bool {
        if let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) {
            let href = HTMLAttribute.escape(destination)
            cmark_node_set_on_enter(custom, "<a class=\"\(HTMLAttribute.escape(className))\" href=\"\(href)\">")
            cmark_node_set_on_exit(custom, "</a>")
            if let inner = makeText(words) { cmark_node_append_child(custom, inner) }
            if cmark_node_insert_before(node, custom) != 0 { return true }
            cmark_node_free(custom)
        }
        guard let link = cmark_node_new_with_mem(CMARK_NODE_LINK, memory) else { return false }
        cmark_node_set_url(link, destination)
        if let inner = makeText(words) { cmark_node_append_child(link, inner) }
        if cmark_node_insert_before(node, link) != 0 { return true }
        cmark_node_free(link)
        return false
    }

    private func insertText(_ text: String, before node: OpaquePointer) {
        guard !text.isEmpty, let piece = makeText(text) else { return }
        cmark_node_insert_before(node, piece)
    }

    private func makeText(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }
}

/// Terms to link in many pages, read once: every written form under its lowered words, so
/// finding mentions costs a walk along the words of the text.
public struct MentionIndex: Sendable {
    let forms: WordTree<Words.Form>
    /// For each target, the `FirstWordScan` hashes of its forms' first words, once each.
    let firstWordsByTarget: [[UInt64]]
    /// Those hashes, of every target: a word whose hash is not here begins no form, and is
    /// passed by without looking it up in `forms` (216 M instructions of a 6.1 G build of the
    /// 1 000-page libro-shaped corpus, where most words begin none).
    let firstWords: HashFilter
    public let count: Int

    /// `terms[i]` are target `i`'s forms: matched ignoring case, and exactly (acronyms).
    public init(_ terms: [(forms: [String], exactForms: [String])]) {
        var forms = WordTree<Words.Form>()
        var firstWords: [[UInt64]] = []
        var filter = HashFilter()
        for (index, term) in terms.enumerated() {
            var hashes: [UInt64] = []
            let written = term.forms.map { ($0, false) } + term.exactForms.map { ($0, true) }
            for (text, exact) in written {
                let words = Words(text)
                guard let first = words.items.first else { continue }
                forms.insert(Words.Form(target: index, words: words, exact: exact), under: words.items.map(\.lowered))
                filter.insert(first.hash)
                if !hashes.contains(first.hash) { hashes.append(first.hash) }
            }
            firstWords.append(hashes)
        }
        self.forms = forms
        firstWordsByTarget = firstWords
        self.firstWords = filter
        count = terms.count
    }
}
