/// The text of a rendered page body, cut into sections at its `h2` and `h3` headings: what search
/// indexes and quotes. The first section is what comes before any heading.
struct PageText {
    struct Section: Equatable {
        /// Empty for the first section.
        let anchor: String
        let heading: String
        let text: String
    }

    let sections: [Section]

    /// Inline elements join their words to what surrounds them («OSC», not «OSC ,»); other tags
    /// part words.
    private static let inline: Set<Substring> = [
        "a", "em", "strong", "code", "span", "mark", "del", "abbr", "cite", "sup", "sub", "b", "i",
    ]

    init(html: String) {
        var sections: [Section] = []
        var anchor = ""
        var headingText = ""
        var body = TextBuffer()
        var open: (level: Substring, anchor: String, text: TextBuffer)?
        HTMLScan.scan(html) { piece in
            switch piece {
            case .text(let text):
                if open != nil { open?.text.append(text) } else { body.append(text) }
            case .tag(let tag):
                if let heading = open, tag.closing, tag.name == heading.level {
                    sections.append(Section(anchor: anchor, heading: headingText, text: body.text))
                    anchor = heading.anchor
                    headingText = heading.text.text
                    body = TextBuffer()
                    open = nil
                } else if open == nil, !tag.closing, tag.name == "h2" || tag.name == "h3",
                    let id = tag.attribute("id")
                {
                    open = (tag.name, String(id), TextBuffer())
                } else if !Self.inline.contains(tag.name) {
                    if open != nil { open?.text.space() } else { body.space() }
                }
            }
        }
        sections.append(Section(anchor: anchor, heading: headingText, text: body.text))
        self.sections = sections.filter { !$0.text.isEmpty || !$0.heading.isEmpty }
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

    mutating func append(_ html: Substring) {
        let utf8 = html.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            switch byte {
            case 0x20, 0x0A, 0x09, 0x0D:
                space()
                continue
            case UInt8(ascii: "&"):
                if let (entity, next) = Self.entity(in: utf8, from: index) {
                    write(entity.utf8)
                    index = next
                    continue
                }
            default: break
            }
            write(CollectionOfOne(byte))
        }
    }

    private mutating func write(_ piece: some Sequence<UInt8>) {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(contentsOf: piece)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#x27": "'", "nbsp": " ",
    ]

    /// The entity whose name starts at `start` (after `&`), and where the text goes on after its `;`.
    private static func entity(
        in utf8: Substring.UTF8View,
        from start: Substring.UTF8View.Index
    ) -> (String, Substring.UTF8View.Index)? {
        guard let semicolon = utf8[start...].prefix(6).firstIndex(of: UInt8(ascii: ";")),
            let character = entities[String(decoding: utf8[start..<semicolon], as: UTF8.self)]
        else { return nil }
        return (character, utf8.index(after: semicolon))
    }
}
