/// The help and the errors swift-argument-parser writes, in Spanish: its fixed English words
/// (headings, the help flag, usage lines, its error messages) replaced by a table each.
/// Text the table does not know is left as it is.
enum ParserText {
    /// A help or version text.
    static func help(_ text: String) -> String {
        let translated = HelpWords.rules.reduce(text) { text, rule in rule(text) }
        return reindentedUsage(translated, heading: "USO: ")
    }

    /// A parse error: its message, the usage line and the pointer to the help.
    static func error(_ text: String) -> String {
        let translated = (ParserErrorWords.rules + HelpWords.rules).reduce(text) { text, rule in rule(text) }
        return reindentedUsage(translated, heading: "Uso: ")
    }

    /// The usage's continuation lines are indented to follow the English heading, 2 characters
    /// longer than `heading` ("USAGE: ", "Usage: "); they move back by the difference.
    private static func reindentedUsage(_ text: String, heading: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return text }
        let english = String(repeating: " ", count: heading.count + 2)
        var index = start + 1
        while index < lines.count, lines[index].hasPrefix(english) {
            lines[index].removeFirst(2)
            index += 1
        }
        return lines.joined(separator: "\n")
    }
}
