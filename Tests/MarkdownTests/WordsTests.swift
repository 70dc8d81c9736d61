import Testing

@testable import Markdown

/// The word splitting behind glossary links: its shortcuts give what the plain versions gave.
@Suite struct WordsTests {
    @Test func loweredMatchesLowercasedForLatinAndOtherLetters() {
        let words = [
            "ALIANZA", "Árbol", "ÁÉÍÓÚÜÑ", "àÀþÞßÿ", "Straße", "µ", "Ǆ", "İstanbul", "ΣΟΦΙΑ", "año2026", "e\u{301}",
            "ÉXITO",
        ]
        for word in words {
            #expect(Words.lowered(Substring(word)) == word.lowercased(), "\(word)")
        }
    }

    @Test func wordsAreSplitAndLowered() {
        let words = Words("La Alianza, ÉXITO — y Straße.")
        #expect(words.items.map(\.lowered) == ["la", "alianza", "éxito", "y", "straße"])
        #expect(words.separators == [" ", ", ", " — ", " "])
    }
}
