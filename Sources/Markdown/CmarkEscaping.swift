/// cmark's own escaping, written again for text spliced into HTML that cmark rendered: a link's
/// target, a link's filled-in text, a mentioned term. Byte for byte what cmark-gfm writes
/// (`houdini_escape_html0`, `houdini_escape_href`, `_scan_dangerous_url`), so a prepared body
/// reads as one rendered from its tree.
enum CmarkEscaping {
    /// Text: `&`, `<`, `>` and `"` become entities; `'` and `/` stay. Runs without them are
    /// copied whole: appending byte by byte cost 94 M instructions of a 6.1 G build of the
    /// 1 000-page libro-shaped corpus (callgrind), the text around glossary links.
    static func html(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let entity: String
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output += entity.utf8
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// The inverse of `html` on what it wrote.
    static func unescapeHTML(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "&") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let (byte, length) = entity(bytes[index...])
            output.append(byte)
            index += length
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let entities: [(String, UInt8)] = [
        ("&amp;", UInt8(ascii: "&")), ("&lt;", UInt8(ascii: "<")), ("&gt;", UInt8(ascii: ">")),
        ("&quot;", UInt8(ascii: "\"")),
    ]

    private static func entity(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int) {
        for (name, byte) in entities where bytes.starts(with: name.utf8) { return (byte, name.utf8.count) }
        return (UInt8(ascii: "&"), 1)
    }

    /// A link's target: kept where safe in a URL, `&` and `'` as entities, the rest as `%XX`.
    static func href(_ url: String, into output: inout [UInt8]) {
        for byte in url.utf8 {
            if safeInHref[Int(byte)] {
                output.append(byte)
            } else if byte == UInt8(ascii: "&") {
                output += "&amp;".utf8
            } else if byte == UInt8(ascii: "'") {
                output += "&#x27;".utf8
            } else {
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// cmark's `HREF_SAFE`: letters, digits and `!#$%()*+,-./:;=?@_~`.
    private static let safeInHref: [Bool] = (0...255).map { value in
        let byte = UInt8(value)
        let isAlphanumeric =
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        return isAlphanumeric || "!#$%()*+,-./:;=?@_~".utf8.contains(byte)
    }

    /// Whether safe mode drops `url`: scripts, files and data other than common images.
    static func isDangerous(_ url: String) -> Bool {
        // ASCII only, as cmark's scanner compares.
        let lowered = String(decoding: url.utf8.prefix(16).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        let images = ["png", "gif", "jpeg", "webp"].map { "data:image/" + $0 }
        if images.contains(where: lowered.hasPrefix) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix)
    }
}
