import Testing

@testable import Render

@Suite struct CSSStringTests {
    @Test func cssStringEscapesQuotesBackslashesAndLineBreaks() {
        #expect(CSSString.quoted(#"Hoja "A" \ B"#) == #""Hoja \"A\" \\ B""#)
        #expect(CSSString.quoted("a\nb\rc\td\u{1B}f") == #""a\A b\D c\9 d\1B f""#)
        #expect(CSSString.quoted("a\u{0}b\u{7F}c\u{85}") == "\"a\u{FFFD}b\\7F c\\85 \"")
        #expect(CSSString.quoted("Organización · «Voces»") == "\"Organización · «Voces»\"")
    }

    /// Whatever a title holds, the string can neither end the `<style>` element nor its own rule.
    @Test func cssStringCannotCloseTheStyleElementOrTheRule() {
        let hostile = "x\"; } body { display: none } </style><script>alert(1)</script>\\"
        let quoted = CSSString.quoted(hostile)
        #expect(!quoted.lowercased().contains("</style"))
        #expect(!quoted.contains("<"))
        // Only the first and last quotes are unescaped: the string is one CSS token.
        let inner = quoted.dropFirst().dropLast()
        var escaped = false
        for character in inner {
            #expect(escaped || character != "\"", "comilla sin escapar en \(quoted)")
            escaped = !escaped && character == "\\"
        }
        #expect(!escaped)
    }
}
