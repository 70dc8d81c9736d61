import Model

/// How a template writes `{{valor}}`: pages are HTML; the `paginas/` templates write Markdown,
/// where a value must not open a block, a link or raw HTML, nor break a table row.
enum TemplateEscaping: Sendable, Hashable {
    case html
    case markdown

    func append(_ text: String, to output: inout [UInt8]) {
        switch self {
        case .html: Self.appendHTML(text, to: &output)
        case .markdown: output.append(contentsOf: Self.markdown(text).utf8)
        }
    }

    /// The five characters HTML gives meaning to, replaced byte by byte: values are mostly
    /// plain text, so runs without them are copied whole (copied byte by byte: 1.2 % more
    /// instructions for the 1 000-page corpus, 1.6 % for the shipped package, callgrind).
    static func appendHTML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                run = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// Every ASCII punctuation character gets a backslash (CommonMark allows it before any of
    /// them) and runs of white space become one space.
    static func markdown(_ text: String) -> String {
        // Values are nearly all Latin: read as scalars they need no grapheme breaking (a carriage
        // return and line feed, one character, are white space either way). A character at a
        // time cost 3.3 % more instructions for the shipped package (its organization's pages).
        guard text.unicodeScalars.allSatisfy(\.isCharacterAlone) else { return markdownByCharacters(text) }
        return escaped(
            text.unicodeScalars, capacity: text.utf8.count, isWhitespace: \.isWhitespaceScalar,
            needsBackslash: isASCIIPunctuationOrSymbol, append: { $0.unicodeScalars.append($1) })
    }

    /// The same, a character at a time: for text where scalars join into one character.
    static func markdownByCharacters(_ text: String) -> String {
        escaped(
            text, capacity: text.utf8.count, isWhitespace: \.isWhitespace,
            needsBackslash: { $0.isASCII && ($0.isPunctuation || $0.isSymbol) }, append: { $0.append($1) })
    }

    /// `items` with runs of white space as one space (none at either end) and a backslash before
    /// each item that needs one.
    private static func escaped<Items: Sequence>(
        _ items: Items, capacity: Int, isWhitespace: (Items.Element) -> Bool,
        needsBackslash: (Items.Element) -> Bool, append: (inout String, Items.Element) -> Void
    ) -> String {
        var escaped = ""
        escaped.reserveCapacity(capacity + 8)
        var pendingSpace = false
        for item in items {
            if isWhitespace(item) {
                pendingSpace = !escaped.isEmpty
                continue
            }
            if pendingSpace {
                escaped.append(" ")
                pendingSpace = false
            }
            if needsBackslash(item) { escaped.append("\\") }
            append(&escaped, item)
        }
        return escaped
    }

    /// The printable ASCII characters besides letters and digits: each is punctuation or a symbol.
    private static func isASCIIPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}
