/// One `{{…}}` as the parser first reads it, before sections are matched.
struct TemplateTag {
    enum Kind {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters

        /// Tags that vanish with their whole line when they stand alone on it (Mustache spec).
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            default: true
            }
        }
    }

    let kind: Kind
    let name: String
    /// Byte offset of the opening delimiter, for errors.
    let offset: Int
    /// White space before a tag standing alone on its line: partials and blocks indent with it.
    var indentation: [UInt8] = []

    /// How the tag is written, for messages.
    var written: String {
        let sigil =
            switch kind {
            case .variable: ""
            case .unescaped: "&"
            case .section: "#"
            case .inverted: "^"
            case .close: "/"
            case .partial: "> "
            case .parent: "< "
            case .block: "$"
            case .comment: "!"
            case .delimiters: "="
            }
        return "{{\(sigil)\(name)}}"
    }
}
