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
        let scanned: Void? = html.utf8.withContiguousStorageIfAvailable { bytes in
            scan(html, bytes: bytes, visit)
        }
        guard scanned == nil else { return }
        var contiguous = html
        contiguous.makeContiguousUTF8()
        scan(contiguous, visit)
    }

    /// Read as bytes: walking a page's text a string index at a time was most of the time spent
    /// putting a book together.
    private static func scan(_ html: String, bytes: UnsafeBufferPointer<UInt8>, _ visit: (Piece) -> Void) {
        let utf8 = html.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func find(_ byte: UInt8, from offset: Int) -> Int? { bytes[offset...].firstIndex(of: byte) }
        var textStart = 0
        var offset = 0
        while offset < bytes.count, let open = find(UInt8(ascii: "<"), from: offset),
            let close = find(UInt8(ascii: ">"), from: open)
        {
            if textStart < open { visit(.text(html[at(textStart)..<at(open)])) }
            var nameStart = open + 1
            let closing = nameStart < close && bytes[nameStart] == UInt8(ascii: "/")
            if closing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < close, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            visit(
                .tag(Tag(name: html[at(nameStart)..<at(nameEnd)], closing: closing, source: html[at(open)...at(close)]))
            )
            offset = close + 1
            textStart = offset
        }
        if textStart < bytes.count { visit(.text(html[at(textStart)...])) }
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
