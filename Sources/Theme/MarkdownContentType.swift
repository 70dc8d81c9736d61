import Mustache

/// Escaping for values written into Markdown: every ASCII punctuation character gets a
/// backslash (CommonMark allows it before any of them), and runs of white space become one space,
/// so a value can never open a block, a link or raw HTML, nor break a table row.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    /// Registration is process-wide in swift-mustache; once is enough.
    static func registerOnce() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
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
