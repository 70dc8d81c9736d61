import Testing

@testable import Render

@Suite struct ByteSearchTests {
    @Test func findsEveryOccurrenceWithoutOverlapping() {
        #expect(ByteSearch.occurrences(of: "aa", in: "aaaaa") == [0, 2])
        #expect(ByteSearch.occurrences(of: "<li>", in: "<ul><li>uno</li><li>dos</li></ul>") == [4, 16])
        #expect(ByteSearch.occurrences(of: "sesión", in: "Sesión, sesión y sesiones; sesión") == [9, 29])
        #expect(ByteSearch.occurrences(of: "fin", in: "al fin") == [3])
        #expect(ByteSearch.occurrences(of: "x", in: "") == [])
        #expect(ByteSearch.occurrences(of: "largo", in: "lar") == [])
        #expect(ByteSearch.occurrences(of: "", in: "texto") == [])
    }

    @Test func replacesEachNeedleEverywhere() {
        let replaced = ByteSearch.replace(
            in: "[ ] uno [x] dos [ ]", [("[ ]", "<input>"), ("[x]", "<input checked>")])
        #expect(replaced == "<input> uno <input checked> dos <input>")
    }
}
