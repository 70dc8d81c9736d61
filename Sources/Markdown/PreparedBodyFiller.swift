import Foundation

/// Reads a prepared body once, copying its HTML and putting in place of each mark what it stands
/// for: a heading's anchor, a link's new target or text, running text with its first mentions
/// of glossary terms linked.
struct PreparedBodyFiller {
    let body: PreparedBody
    let anchors: [String]
    let links: [LinkRewrite?]
    let destinations: [String]
    let className: String
    /// The theme's drawing of each data block, nil where the block stays a code block.
    let blocks: [String?]
    /// Nil when there are no terms to link.
    var matcher: MentionMatcher?
    private var output: [UInt8] = []

    init(
        body: PreparedBody, anchors: [String], links: [LinkRewrite?], destinations: [String],
        className: String, blocks: [String?], matcher: MentionMatcher?
    ) {
        self.body = body
        html = body.html
        self.anchors = anchors
        self.links = links
        self.destinations = destinations
        self.className = className
        self.blocks = blocks
        self.matcher = matcher
    }

    /// Read once: a spilled body reads its file on each `body.html`.
    private let html: [UInt8]
    private static let endMark = Array(BodyMarker.make(.end).utf8)

    mutating func fill() -> [UInt8] {
        output.reserveCapacity(html.count + html.count / 8)
        var cursor = 0
        while let open = find(BodyMarker.open, from: cursor) {
            output += html[cursor..<open]
            guard let close = find(BodyMarker.close, from: open),
                let kind = BodyMarker.Kind(rawValue: html[open + 1])
            else { preconditionFailure("a prepared body holds only the marks it was given") }
            let number = html[(open + 2)..<close].reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
            cursor = place(kind, number, at: close + 1)
        }
        output += html[cursor...]
        return output
    }

    /// Where `byte` is next, from `start` on.
    private func find(_ byte: UInt8, from start: Int) -> Int? {
        html.withUnsafeBufferPointer { bytes in
            guard start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, Int32(byte), bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Writes what a mark stands for; returns where copying goes on.
    private mutating func place(_ kind: BodyMarker.Kind, _ number: Int, at start: Int) -> Int {
        switch kind {
        case .heading:
            output += HTMLAttribute.escape(anchors[number]).utf8
        case .link:
            return target(ofLink: number, at: start)
        case .fill:
            if let fill = links[number]?.fillText { CmarkEscaping.html(fill, into: &output) }
        case .text, .plainText, .unlinkableText:
            return runningText(kind, from: start)
        case .end:
            break
        case .block:
            return block(number, at: start)
        case .blockEnd:
            // The line break cmark wrote after the mark.
            return start + 1
        }
        return start
    }

    /// A data block: its drawing in place of its code block, written as `replaceCodeBlock`
    /// leaves it (cmark ends a custom block's line unless its text did), or the code block.
    private mutating func block(_ number: Int, at start: Int) -> Int {
        // The line break after the mark goes either way.
        guard number < blocks.count, let drawn = blocks[number] else { return start + 1 }
        // Code holds no mark bytes, so the next mark is the block's end.
        guard let end = find(BodyMarker.open, from: start), let close = find(BodyMarker.close, from: end) else {
            preconditionFailure("a data block's mark is followed by its end")
        }
        output += drawn.utf8
        if let last = drawn.utf8.last, last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        return close + 2
    }

    private static let openings = [Array("<a href=\"".utf8), Array("<img src=\"".utf8)]

    /// A link's target, which follows its mark unless the link is inside an image's text.
    private mutating func target(ofLink index: Int, at start: Int) -> Int {
        guard let change = links[index] else { return start }
        for opening in Self.openings where html[start...].starts(with: opening) {
            let urlStart = start + opening.count
            guard let urlEnd = find(UInt8(ascii: "\""), from: urlStart) else { return start }
            output += opening
            writeHref(change.destination)
            return urlEnd
        }
        return start
    }

    private mutating func writeHref(_ url: String) {
        if !body.checksURLs || !CmarkEscaping.isDangerous(url) { CmarkEscaping.href(url, into: &output) }
    }

    /// Running text up to its end mark, with the first mention of each term linked.
    private mutating func runningText(_ kind: BodyMarker.Kind, from start: Int) -> Int {
        // Text holds no mark bytes, so the next mark is its end.
        let end = find(BodyMarker.open, from: start) ?? html.endIndex
        let escaped = html[start..<end]
        guard var matcher, mayMention(escaped, matcher) else {
            output += escaped
            return end + Self.endMark.count
        }
        let text = CmarkEscaping.unescapeHTML(escaped)
        let matches = matcher.firstMatches(in: text)
        self.matcher = matcher
        guard !matches.isEmpty else {
            output += escaped
            return end + Self.endMark.count
        }
        var cursor = text.startIndex
        for match in matches {
            CmarkEscaping.html(String(text[cursor..<match.range.lowerBound]), into: &output)
            link(String(text[match.range]), to: destinations[match.target], kind)
            cursor = match.range.upperBound
        }
        CmarkEscaping.html(String(text[cursor...]), into: &output)
        return end + Self.endMark.count
    }

    /// Asked of the escaped bytes, which cmark's entities only split into more words, so a text
    /// is ruled out as the linker rules it out; most are, without making a string.
    private func mayMention(_ escaped: ArraySlice<UInt8>, _ matcher: MentionMatcher) -> Bool {
        escaped.withUnsafeBufferPointer { matcher.mayMention($0) }
    }

    /// The link `MentionLinker` would have made here.
    private mutating func link(_ words: String, to destination: String, _ kind: BodyMarker.Kind) {
        switch kind {
        case .text:
            output +=
                "<a class=\"\(HTMLAttribute.escape(className))\" href=\"\(HTMLAttribute.escape(destination))\">"
                .utf8
        case .plainText:
            output += "<a href=\"".utf8
            writeHref(destination)
            output += "\">".utf8
        default:
            CmarkEscaping.html(words, into: &output)
            return
        }
        CmarkEscaping.html(words, into: &output)
        output += "</a>".utf8
    }
}
