import Testing

@testable import Markdown

/// Escaping read as bytes gives what cmark's readers expect in an attribute.
@Suite struct HTMLAttributeTests {
    @Test func escapesTheFiveCharactersEvenBeforeACombiningMark() {
        #expect(HTMLAttribute.escape("a\"\u{301}b") == "a&quot;\u{301}b")
        #expect(HTMLAttribute.escape("x & <y> 'z'") == "x &amp; &lt;y&gt; &#39;z&#39;")
        #expect(HTMLAttribute.escape("sin-cambios#ancla") == "sin-cambios#ancla")
    }

    @Test func cmarkEscapingCopiesRunsAndEscapesBetweenThem() {
        var output: [UInt8] = []
        CmarkEscaping.html("«a» & \"b\" <c> 'd' ñ", into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "«a» &amp; &quot;b&quot; &lt;c&gt; 'd' ñ")
    }
}
