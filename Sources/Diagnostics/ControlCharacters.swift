/// Text from content (file names, link targets, values) may hold control characters: on a
/// terminal, ESC and BEL sequences clear the screen or retitle the window, and a line break
/// splits one message into two. Before any such text is shown, each one is written out as a
/// visible escape (`\u{1B}`), so a message stays one line of plain text.
public enum ControlCharacters {
    /// `text` with every control character escaped except those in `kept`.
    public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        // Most text has none: skip the copy.
        guard text.unicodeScalars.contains(where: { isControl($0) && !kept.contains($0) }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar), !kept.contains(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// C0 and C1 controls and DEL, plus the characters that break a line or reorder what
    /// follows on some terminals (line and paragraph separators, bidirectional overrides).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
