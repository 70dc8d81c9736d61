/// The text of a rendered page body, cut into sections at its `h2` and `h3` headings: what search
/// indexes and quotes. The first section is what comes before any heading. Read from the body's
/// bytes in one pass (libro wrote the HTML, so tags are well formed): it runs for every page, and
/// reading the pieces `HTMLScan` gives cost 5.7 % more instructions (callgrind, 1 000-page corpus).
struct PageText {
    struct Section: Equatable {
        /// Empty for the first section.
        let anchor: String
        let heading: String
        let text: String
    }

    let sections: [Section]

    init(html: String) {
        var html = html
        sections = html.withUTF8 { Self.sections(of: $0) }.filter { !$0.text.isEmpty || !$0.heading.isEmpty }
    }

    private static func sections(of bytes: UnsafeBufferPointer<UInt8>) -> [Section] {
        var sections: [Section] = []
        var anchor = ""
        var heading = ""
        var body = TextBuffer()
        // The heading being read: its level, anchor and text.
        var open: (level: Int, anchor: String, text: TextBuffer)?
        var index = 0
        var textStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
            if textStart < index {
                let piece = UnsafeBufferPointer(rebasing: bytes[textStart..<index])
                if open != nil { open?.text.append(piece) } else { body.append(piece) }
            }
            let tag = ScannedTag(UnsafeBufferPointer(rebasing: bytes[index...end]))
            if let reading = open, tag.closing, tag.headingLevel == reading.level {
                sections.append(Section(anchor: anchor, heading: heading, text: body.text))
                anchor = reading.anchor
                heading = reading.text.text
                body = TextBuffer()
                open = nil
            } else if open == nil, !tag.closing, let level = tag.headingLevel, let id = tag.attribute("id") {
                open = (level, id, TextBuffer())
            } else if !tag.isInline {
                if open != nil { open?.text.space() } else { body.space() }
            }
            index = end + 1
            textStart = index
        }
        if textStart < bytes.count {
            let piece = UnsafeBufferPointer(rebasing: bytes[textStart...])
            if open != nil { open?.text.append(piece) } else { body.append(piece) }
        }
        sections.append(Section(anchor: anchor, heading: heading, text: body.text))
        return sections
    }
}

/// A tag of the body, `<` to `>`, as search needs it.
private struct ScannedTag {
    let bytes: UnsafeBufferPointer<UInt8>
    let closing: Bool
    /// Where the element name is, lowercase as libro writes it.
    private let name: Range<Int>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var start = 1
        closing = bytes.count > 1 && bytes[1] == UInt8(ascii: "/")
        if closing { start = 2 }
        var end = start
        while end < bytes.count, Self.isNameByte(bytes[end]) { end += 1 }
        name = start..<end
    }

    /// 2 for `h2`, 3 for `h3`: the headings that start a section.
    var headingLevel: Int? {
        guard name.count == 2, bytes[name.lowerBound] == UInt8(ascii: "h") else { return nil }
        switch bytes[name.lowerBound + 1] {
        case UInt8(ascii: "2"): return 2
        case UInt8(ascii: "3"): return 3
        default: return nil
        }
    }

    /// Inline elements join their words to what surrounds them («OSC», not «OSC ,»); other tags
    /// part words.
    /// The name's bytes packed into one number and compared with the inline names packed alike:
    /// comparing it with each name as an array of bytes cost 0.7 % more of the 1 000-page corpus's
    /// instructions (callgrind). No inline name is longer than 8 bytes.
    var isInline: Bool {
        guard name.count <= 8 else { return false }
        return Self.inline.contains(Self.packed(UnsafeBufferPointer(rebasing: bytes[name])))
    }

    private static let inline: [UInt64] = [
        "a", "em", "strong", "code", "span", "mark", "del", "abbr", "cite", "sup", "sub", "b", "i",
    ].map { name in Array(name.utf8).withUnsafeBufferPointer(packed) }

    private static func packed(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    func attribute(_ attribute: String) -> String? {
        let source = String(decoding: bytes, as: UTF8.self)
        let tag = HTMLScan.Tag(name: "", closing: closing, source: source[...])
        return tag.attribute(attribute).map(String.init)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}

/// Text gathered from HTML: entities decoded, runs of white space as one space, no space at the
/// ends. Works on bytes: rendered HTML only spaces words with ASCII white space.
struct TextBuffer {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func space() {
        pendingSpace = !bytes.isEmpty
    }

    mutating func append(_ html: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var run = 0
        // Plain bytes are copied in runs; spaces and entities end a run.
        func flush(upTo end: Int) {
            guard run < end else { return }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: html[run..<end]))
        }
        while index < html.count {
            switch html[index] {
            case 0x20
            where index > run && index + 1 < html.count && html[index + 1] > 0x20 && html[index + 1] < 0x7F
                && html[index + 1] != UInt8(ascii: "&"):
                // One space between words is already what the text keeps: it stays in the run.
                // Ending the run at every space cost 1.7 % more instructions (callgrind, 1 000-page
                // corpus).
                index += 1
            case 0x20, 0x0A, 0x09, 0x0D:
                flush(upTo: index)
                space()
                index += 1
                run = index
            case 0xC2 where index + 1 < html.count && html[index + 1] == 0xAD,
                0xE2 where index + 2 < html.count && html[index + 1] == 0x81 && html[index + 2] == 0xA0:
                // A soft hyphen or a word joiner, which mark where a worksheet's words may break
                // and where not: not part of what is read.
                flush(upTo: index)
                index += html[index] == 0xC2 ? 2 : 3
                run = index
            case UInt8(ascii: "&"):
                guard let (entity, next) = Self.entity(in: html, after: index) else {
                    index += 1
                    continue
                }
                flush(upTo: index)
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(contentsOf: entity.utf8)
                index = next
                run = index
            default:
                index += 1
            }
        }
        flush(upTo: html.count)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#x27": "'", "nbsp": " ",
    ]

    /// The entity whose `&` is at `ampersand`, and where the text goes on after its `;`.
    private static func entity(in html: UnsafeBufferPointer<UInt8>, after ampersand: Int) -> (String, Int)? {
        let limit = min(html.count, ampersand + 7)
        guard let semicolon = html[(ampersand + 1)..<limit].firstIndex(of: UInt8(ascii: ";")),
            let character = entities[String(decoding: html[(ampersand + 1)..<semicolon], as: UTF8.self)]
        else { return nil }
        return (character, semicolon + 1)
    }
}
