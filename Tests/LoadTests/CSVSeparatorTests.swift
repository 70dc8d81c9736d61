import Testing

@testable import Load

/// Which separator a CSV file uses, found from its header row, and quotes that keep it as text.
@Suite struct CSVSeparatorTests {
    func detect(_ text: String, _ columns: Set<String> = ["id", "actor", "sector"]) -> CSVSeparator {
        CSVSeparator.detect(in: SourceText(displayPath: "content/a.csv", text: text), columns: columns)
    }

    @Test func theSeparatorThatFindsTheMostColumnsWins() {
        #expect(detect("id,actor,sector\n1,2,3\n") == .comma)
        #expect(detect("id;actor;sector\n1;2;3\n") == .semicolon)
        #expect(detect("id\tactor\tsector\n") == .tab)
        // The commas are inside names libro does not know; the semicolons find two columns.
        #expect(detect("\nid;actor;nombre, apellido\n") == .semicolon)
    }

    @Test func withoutKnownColumnsTheMostFrequentOutsideQuotesWins() {
        #expect(detect("a;b;c\n", []) == .semicolon)
        #expect(detect("\"x;y;z\",w\n", []) == .comma)
        #expect(detect("a\tb\n", []) == .tab)
        #expect(detect("id\n1\n") == .comma)
        #expect(detect("", []) == .comma)
    }

    @Test func quotedCellsKeepTheSeparator() throws {
        let source = SourceText(displayPath: "content/a.csv", text: "a;b\n\"1;2\";\"dice \"\"3;4\"\"\"\n")
        let table = try CSVTable.parse(source, separator: .semicolon).get()
        #expect(table.rows.map { $0.map(\.text) } == [["1;2", "dice \"3;4\""]])
        #expect(table.rows[0].map(\.column) == [1, 7])
    }
}
