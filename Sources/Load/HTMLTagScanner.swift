/// Reads the start tags of raw HTML the way a browser's tokenizer does, well enough to see every
/// attribute it would see: names lowered, `/` between attributes taken for a space, values
/// quoted or not. Comments, declarations and end tags are skipped; text is ignored.
struct HTMLTagScanner {
    struct Attribute: Equatable {
        let name: String
        let value: String
        /// Bytes into the scanned text where the attribute's name starts.
        let offset: Int
    }

    struct Tag: Equatable {
        let name: String
        let attributes: [Attribute]
        let offset: Int
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    static func tags(in html: String) -> [Tag] {
        var scanner = HTMLTagScanner(html)
        var tags: [Tag] = []
        while let tag = scanner.nextTag() { tags.append(tag) }
        return tags
    }

    private mutating func nextTag() -> Tag? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            let start = index
            let next = bytes[index + 1]
            index += 1
            if Self.isLetter(next) {
                return startTag(at: start)
            } else if next == UInt8(ascii: "!"), bytes[index...].starts(with: Array("!--".utf8)) {
                skip(past: Array("-->".utf8))
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                skip(past: [UInt8(ascii: ">")])
            }
        }
        return nil
    }

    private mutating func startTag(at start: Int) -> Tag {
        let name = read { !Self.isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }
        var attributes: [Attribute] = []
        while index < bytes.count {
            skip { Self.isSpace($0) || $0 == UInt8(ascii: "/") }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { break }
            let offset = index
            // A name may start with `=`; it ends at a space, `/`, `>` or the `=` of its value.
            index += 1
            let rest = read {
                !Self.isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "=")
            }
            let attributeName = String(decoding: bytes[offset..<offset + 1], as: UTF8.self) + rest
            skip(while: Self.isSpace)
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skip(while: Self.isSpace)
                value = readValue()
            }
            attributes.append(Attribute(name: attributeName.lowercased(), value: value, offset: offset))
        }
        index += 1
        return Tag(name: name.lowercased(), attributes: attributes, offset: start)
    }

    private mutating func readValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            return read { !Self.isSpace($0) && $0 != UInt8(ascii: ">") }
        }
        index += 1
        let value = read { $0 != quote }
        index += 1
        return value
    }

    private mutating func read(while accepted: (UInt8) -> Bool) -> String {
        let start = index
        skip(while: accepted)
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skip(while accepted: (UInt8) -> Bool) {
        while index < bytes.count, accepted(bytes[index]) { index += 1 }
    }

    private mutating func skip(past end: [UInt8]) {
        while index < bytes.count, !bytes[index...].starts(with: end) { index += 1 }
        index = min(bytes.count, index + end.count)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// HTML's spaces: tab, line feed, form feed, carriage return and space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
