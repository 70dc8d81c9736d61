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

    init(html: String) {
        var sections: [Section] = []
        var anchor = ""
        var heading = ""
        var rest = Substring(html)
        while let match = rest.firstMatch(of: Self.heading) {
            sections.append(Section(anchor: anchor, heading: heading, text: Self.text(rest[..<match.range.lowerBound])))
            anchor = String(match.output.2)
            heading = Self.text(match.output.3)
            rest = rest[match.range.upperBound...]
        }
        sections.append(Section(anchor: anchor, heading: heading, text: Self.text(rest)))
        self.sections = sections.filter { !$0.text.isEmpty || !$0.heading.isEmpty }
    }

    nonisolated(unsafe) private static let heading = /<h([23]) id="([^"]*)">(.*?)<\/h\1>/.dotMatchesNewlines()
    /// Inline markup joins its words to what surrounds them («OSC», not «OSC ,»); other tags part words.
    nonisolated(unsafe) private static let inlineTag =
        /<\/?(?:a|em|strong|code|span|mark|del|abbr|cite|sup|sub|b|i)\b[^>]*>/
    nonisolated(unsafe) private static let tag = /<[^>]*>/

    /// Markup removed, entities decoded, white space collapsed.
    static func text(_ html: Substring) -> String {
        let stripped = String(html.replacing(inlineTag, with: "").replacing(tag, with: " "))
        var text = ""
        var pendingSpace = false
        for character in decode(stripped) {
            if character.isWhitespace {
                pendingSpace = !text.isEmpty
            } else {
                if pendingSpace { text.append(" ") }
                pendingSpace = false
                text.append(character)
            }
        }
        return text
    }

    private static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
