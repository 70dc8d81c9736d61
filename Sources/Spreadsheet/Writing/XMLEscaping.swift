/// Text made safe for XML 1.0: markup characters escaped, characters XML cannot hold (controls
/// other than tab and line feed, U+FFFE, U+FFFF) dropped.
enum XMLEscaping {
    /// For element content. A carriage return is written as a reference, which parsers keep.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// For an attribute in double quotes; tabs and line ends as references, which parsers keep
    /// (written as they are, they would be read as spaces).
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        let plain = !text.utf8.contains {
            $0 < 0x20 || $0 == ASCII.ampersand || $0 == ASCII.lessThan || $0 == ASCII.greaterThan
                || $0 == ASCII.quote || $0 == 0xEF
        }
        if plain { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\r": escaped += "&#13;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                guard scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF else { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether XML drops or changes `text`'s leading or trailing whitespace unless told to keep it.
    static func needsPreservedSpace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }
}
