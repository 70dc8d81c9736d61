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
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !escaped.isEmpty
                continue
            }
            if pendingSpace {
                escaped.append(" ")
                pendingSpace = false
            }
            if character.isASCII, character.isPunctuation || character.isSymbol {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }
}
