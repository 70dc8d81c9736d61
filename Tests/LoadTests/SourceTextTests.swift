import Testing

@testable import Load

@Suite struct SourceTextTests {
    /// Positions counted on from the one before give the columns counted from the line's start.
    @Test func locationsInReadingOrderMatchLocationsOneByOne() {
        let line = "Año «ñandú» 🤝 [a](x) e\u{301} [b](y) 👩‍👩‍👧 [c](z) fin"
        let source = SourceText(displayPath: "content/a.md", text: "---\ntitulo: A\n---\n\(line)\n\(line)\n")
        let starts = line.utf8.indices.filter { line.utf8[$0] == UInt8(ascii: "[") }
            .map { line.utf8.distance(from: line.utf8.startIndex, to: $0) + 1 }
        // Out of order, on two lines, once past the line's end, and outside the file.
        let positions =
            starts.map { (4, $0) } + [(4, 2), (5, starts[1]), (5, starts[0]), (5, 1_000), (9, 3)]
        #expect(
            source.locations(positions).map(\.description)
                == positions.map { source.location(line: $0.0, byteColumn: $0.1).description })
        #expect(source.locations([(4, starts[1])]).first?.column == 24)
    }
}
