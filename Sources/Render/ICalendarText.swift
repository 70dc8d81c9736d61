/// The text rules of RFC 5545: escaped values, lines folded at 75 octets, CRLF endings.
enum ICalendarText {
    /// A TEXT value: backslash, comma and semicolon escaped, line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ",": escaped += "\\,"
            case ";": escaped += "\\;"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A content line split so no line passes 75 octets, never inside a UTF-8 sequence; each
    /// continuation starts with a space.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// Content lines as a file: each folded and ended by CRLF.
    static func document(_ lines: [String]) -> String {
        lines.map { fold($0) + "\r\n" }.joined()
    }
}
