/// Text as a quoted CSS string, for values Swift writes into a page's `<style>` element (margin
/// boxes' `content:`, attribute selectors). Nothing from content can end the string, the rule or
/// the element: quotes, backslashes, line breaks, control characters and `<` become escapes.
enum CSSString {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            // CSS reads NUL as U+FFFD, so write that instead of an escape it would change.
            case "\u{0}": result += "\u{FFFD}"
            case "<", ">", "&", "\u{7F}", "\u{1}"..."\u{1F}", "\u{80}"..."\u{9F}", "\u{2028}", "\u{2029}":
                result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
