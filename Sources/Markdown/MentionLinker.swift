import CCmarkGFM
import Foundation

/// Turns the first mention of each target into a link. Two passes, as cmark asks: the walk only
/// decides where the links go; the tree changes after the iterator is gone.
struct MentionLinker {
    private struct Match {
        let range: Range<String.Index>
        let target: Int
    }

    let targets: [MentionTarget]
    let className: String
    let memory: UnsafeMutablePointer<cmark_mem>
    private(set) var mentioned: Set<Int> = []

    init(targets: [MentionTarget], className: String, memory: UnsafeMutablePointer<cmark_mem>) {
        self.targets = targets
        self.className = className
        self.memory = memory
    }

    mutating func link(in root: OpaquePointer) {
        var found: [(node: OpaquePointer, text: String, matches: [Match])] = []
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            var skipDepth = 0
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if Self.skippedContainers.contains(type) {
                    skipDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                    continue
                }
                guard skipDepth == 0, event == CMARK_EVENT_ENTER, type == CMARK_NODE_TEXT,
                    let literal = cmark_node_get_literal(node)
                else { continue }
                let text = String(cString: literal)
                let matches = firstMatches(in: text)
                if !matches.isEmpty { found.append((node, text, matches)) }
            }
        }
        for (node, text, matches) in found {
            split(node, text: text, at: matches)
        }
    }

    /// Containers whose text is not running prose (code and raw HTML are leaves, never text
    /// nodes). Headings become custom blocks once they get their anchors, so those are skipped too.
    /// Containers get an enter and an exit event; leaves only an enter.
    private static let skippedContainers: Set<cmark_node_type> = [
        CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE,
    ]

    /// The earliest mention in `text` of each target not yet linked, without overlaps.
    private mutating func firstMatches(in text: String) -> [Match] {
        var candidates: [Match] = []
        for (index, target) in targets.enumerated() where !mentioned.contains(index) {
            let ranges =
                target.forms.compactMap { Self.find($0, in: text, options: .caseInsensitive) }
                + target.exactForms.compactMap { Self.find($0, in: text, options: []) }
            // Earliest first; at the same place the longest form ("alianzas estratégicas" over "alianza").
            if let range = ranges.min(by: { ($0.lowerBound, $1.upperBound) < ($1.lowerBound, $0.upperBound) }) {
                candidates.append(Match(range: range, target: index))
            }
        }
        var accepted: [Match] = []
        // At the same place the longer term wins: "influencia auténtica" over "influencia".
        let ordered = candidates.sorted {
            ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound)
        }
        for candidate in ordered {
            if let last = accepted.last, candidate.range.lowerBound < last.range.upperBound { continue }
            accepted.append(candidate)
            mentioned.insert(candidate.target)
        }
        return accepted
    }

    /// The first occurrence of `form` that stands as whole words.
    private static func find(_ form: String, in text: String, options: String.CompareOptions) -> Range<String.Index>? {
        guard !form.isEmpty else { return nil }
        var searchStart = text.startIndex
        while let range = text.range(of: form, options: options, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return range }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// Replaces a text node by its pieces: text, link, text, …
    private func split(_ node: OpaquePointer, text: String, at matches: [Match]) {
        var cursor = text.startIndex
        for match in matches {
            insertText(String(text[cursor..<match.range.lowerBound]), before: node)
            let words = String(text[match.range])
            if !insertLink(to: targets[match.target].destination, words: words, before: node) {
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
