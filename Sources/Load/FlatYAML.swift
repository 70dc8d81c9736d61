import Yams

/// Reads YAML made only of top-level `key: value` lines — what nearly every front matter is —
/// into the very nodes `Yams.compose` makes of it (strings, tags, styles and marks), without
/// libyaml: its parser and the events and nodes Yams builds from it cost more than the rest of a
/// page's front matter. Anything else answers nil and goes to libyaml, which also words every
/// error: escapes, block scalars, nesting, anchors, tags, flow mappings, tabs, repeated keys.
enum FlatYAML {
    static func compose(_ yaml: String) -> Node? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard FlatYAMLCharacters.areSimple(bytes) else { return nil }
            return FlatYAMLReader(bytes: bytes).mapping()
        }
    }
}

/// One pass over the lines; every method answers nil as soon as the text leaves the forms read.
private struct FlatYAMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The mapping start and every scalar get the tag compose gives them; one constructor for all
    /// (compose makes one per call, and its maps are never changed).
    nonisolated(unsafe) private static let constructor = Constructor.default

    func mapping() -> Node? {
        var pairs: [(Node, Node)] = []
        var keys: [String] = []
        var start = 0
        var line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if !isBlankOrComment(start, end) {
                guard let (key, value) = entry(start, end, line: line), !keys.contains(key) else { return nil }
                keys.append(key)
                // Keys come out of compose resolved as texts: its check for repeated keys resolves their tags.
                pairs.append((Self.scalar(key, .str, .plain, Self.mark(line, 1)), value))
            }
            start = end + 1
            line += 1
        }
        guard let first = pairs.first?.0.mark else { return nil }
        return .mapping(Node.Mapping(pairs, Self.tag(.implicit), .any, first))
    }

    private func isBlankOrComment(_ start: Int, _ end: Int) -> Bool {
        if start < end, bytes[start] == UInt8(ascii: "#") { return true }
        return (start..<end).allSatisfy { bytes[$0] == UInt8(ascii: " ") }
    }

    /// `key:` then nothing, or spaces and a value; the key starts the line.
    private func entry(_ start: Int, _ end: Int, line: Int) -> (String, Node)? {
        var colon = start
        while colon < end, FlatYAMLCharacters.isKey(bytes[colon]) { colon += 1 }
        // libyaml looks no further than 1 024 characters for a key's colon.
        guard colon > start, colon < end, colon - start < 1_000, bytes[colon] == UInt8(ascii: ":"),
            FlatYAMLCharacters.isLetter(bytes[start])
        else { return nil }
        let key = text(start, colon)
        var valueStart = colon + 1
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        if valueStart == end {
            // libyaml marks a left-out value right after the colon.
            return (key, Self.scalar("", .implicit, .plain, Self.mark(line, colon - start + 2)))
        }
        guard valueStart > colon + 1 else { return nil }
        let mark = Self.mark(line, valueStart - start + 1)
        let value: Node? =
            switch bytes[valueStart] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quoted(valueStart, end, mark: mark)
            case UInt8(ascii: "["): sequence(valueStart, end, lineStart: start, mark: mark)
            default: plain(valueStart, end, mark: mark)
            }
        return value.map { (key, $0) }
    }

    /// A plain value: it ends at the line's end or at a comment, without the spaces before it.
    private func plain(_ start: Int, _ end: Int, mark: Mark) -> Node? {
        guard FlatYAMLCharacters.canStartPlain(bytes[start]) else { return nil }
        var last = start
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { break }
            if byte != UInt8(ascii: " ") { last = index }
            index += 1
        }
        return Self.scalar(text(start, last + 1), .implicit, .plain, mark)
    }

    /// A value between quotes with no escape in it (no `\` in double quotes, no `''` in single
    /// ones), then nothing but spaces or a comment.
    private func quoted(_ start: Int, _ end: Int, mark: Mark) -> Node? {
        let quote = bytes[start]
        var close = start + 1
        while close < end, bytes[close] != quote {
            if quote == UInt8(ascii: "\""), bytes[close] == UInt8(ascii: "\\") { return nil }
            close += 1
        }
        guard close < end, endsLine(after: close + 1, end) else { return nil }
        let style: Node.Scalar.Style = quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
        return Self.scalar(text(start + 1, close), .str, style, mark)
    }

    /// `[a, b]` of plain items made of letters, digits, spaces, `-`, `_` and `.`.
    private func sequence(_ start: Int, _ end: Int, lineStart: Int, mark: Mark) -> Node? {
        var items: [Node] = []
        var index = start + 1
        while true {
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: "]"), items.isEmpty { break }
            guard FlatYAMLCharacters.canStartItem(bytes[index]) else { return nil }
            let itemStart = index
            var last = index
            while index < end, FlatYAMLCharacters.isItem(bytes[index]) {
                if bytes[index] != UInt8(ascii: " ") { last = index }
                index += 1
            }
            let column = FlatYAMLCharacters.scalarCount(bytes[lineStart..<itemStart]) + 1
            items.append(Self.scalar(text(itemStart, last + 1), .implicit, .plain, Self.mark(mark.line, column)))
            guard index < end else { return nil }
            index += 1
            if bytes[index - 1] == UInt8(ascii: "]") { break }
            guard bytes[index - 1] == UInt8(ascii: ",") else { return nil }
        }
        guard endsLine(after: index + (items.isEmpty ? 1 : 0), end) else { return nil }
        return .sequence(Node.Sequence(items, Self.tag(.implicit), .any, mark))
    }

    /// Nothing but spaces up to the line's end, or spaces and then a comment.
    private func endsLine(after start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index == end || (index > start && bytes[index] == UInt8(ascii: "#"))
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func scalar(_ string: String, _ tag: Tag.Name, _ style: Node.Scalar.Style, _ mark: Mark) -> Node {
        .scalar(Node.Scalar(string, Self.tag(tag), style, mark))
    }

    /// Yams makes marks only from libyaml's; a mark is two `Int`s, line and column, in that
    /// order (`unsafeBitCast` traps if the sizes ever differ, and the tests compare every mark).
    private static func mark(_ line: Int, _ column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    private static func tag(_ name: Tag.Name) -> Tag {
        Tag(name, .basic, constructor)
    }
}
