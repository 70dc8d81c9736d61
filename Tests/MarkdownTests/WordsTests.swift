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

    @Test func wordItemsCarryTheFirstWordScanHashOfTheirLoweredText() {
        let words = Words("La Alianza, ÉXITO — y Straße.")
        #expect(words.items.map(\.lowered) == ["la", "alianza", "éxito", "y", "straße"])
        for item in words.items {
            #expect(item.hash == FirstWordScan.hash(item.lowered.utf8))
        }
    }

    @Test func mentionsAreFoundAfterWordsTheFilterRulesOut() {
        let index = MentionIndex([(["alianza estratégica"], []), (["red"], ["OSC"])])
        var matcher = MentionMatcher(index: index, destinations: ["a", "b"])
        let text = "Una Alianza Estratégica de la OSC y su red."
        let found = matcher.firstMatches(in: text).map { (String(text[$0.range]), $0.target) }
        #expect(found.map(\.0) == ["Alianza Estratégica", "OSC"])
        #expect(found.map(\.1) == [0, 1])
    }

    @Test func hashFilterNeverMissesAnInsertedHash() {
        var filter = HashFilter()
        let hashes = (0..<500).map { FirstWordScan.hash("palabra\($0)".utf8) }
        for hash in hashes { filter.insert(hash) }
        #expect(hashes.allSatisfy(filter.mayContain))
        #expect(!HashFilter().mayContain(hashes[0]))
    }
}
