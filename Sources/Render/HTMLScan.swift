/// The HTML libro renders itself, read piece by piece: runs of text and tags. It is well formed
/// and quotes every attribute with `"`, so one pass over its bytes is enough; regular expressions
/// made search indexing and book printing the slowest parts of a build.
struct HTMLScan {
    enum Piece {
        case text(Substring)
        case tag(Tag)
    }

    struct Tag {
        /// Lowercase element name: `h2`, `a`.
        let name: Substring
        let closing: Bool
        /// The whole tag, `<` to `>`.
        let source: Substring

        /// The value of attribute `name`, as written.
        func attribute(_ name: String) -> Substring? {
            var found: Substring?
            _ = HTMLScan.rewriteAttributes(of: source) { attribute, value in
                if found == nil, attribute == name { found = value }
                return nil
            }
            return found
        }
    }

    /// Calls `visit` for every piece of `html`, in order.
    static func scan(_ html: String, _ visit: (Piece) -> Void) {
        let utf8 = html.utf8
        var index = utf8.startIndex
        var textStart = index
        while index < utf8.endIndex {
            guard utf8[index] == UInt8(ascii: "<"), let end = utf8[index...].firstIndex(of: UInt8(ascii: ">")) else {
                index = utf8.index(after: index)
                continue
            }
            if textStart < index { visit(.text(html[textStart..<index])) }
            let source = html[index...end]
            var nameStart = utf8.index(after: index)
            let closing = nameStart < end && utf8[nameStart] == UInt8(ascii: "/")
            if closing { nameStart = utf8.index(after: nameStart) }
            var nameEnd = nameStart
            while nameEnd < end, Self.isNameByte(utf8[nameEnd]) { nameEnd = utf8.index(after: nameEnd) }
            visit(.tag(Tag(name: html[nameStart..<nameEnd], closing: closing, source: source)))
            index = utf8.index(after: end)
            textStart = index
        }
        if textStart < utf8.endIndex { visit(.text(html[textStart...])) }
    }

    /// `tag` with each `name="value"` attribute that `transform` returns a value for replaced.
    static func rewriteAttributes(of tag: Substring, _ transform: (Substring, Substring) -> String?) -> String {
        var output = ""
        let utf8 = tag.utf8
        var copied = utf8.startIndex
        var index = utf8.startIndex
        while let equals = utf8[index...].firstIndex(of: UInt8(ascii: "=")) {
            let quote = utf8.index(after: equals)
            guard quote < utf8.endIndex, utf8[quote] == UInt8(ascii: "\""),
                let close = utf8[utf8.index(after: quote)...].firstIndex(of: UInt8(ascii: "\""))
            else { break }
            var nameStart = equals
            while nameStart > utf8.startIndex, Self.isNameByte(utf8[utf8.index(before: nameStart)]) {
                nameStart = utf8.index(before: nameStart)
            }
            let valueStart = utf8.index(after: quote)
            if let replaced = transform(tag[nameStart..<equals], tag[valueStart..<close]) {
                output += tag[copied..<valueStart]
                output += replaced
                copied = close
            }
            index = utf8.index(after: close)
        }
        output += tag[copied...]
        return output
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}
