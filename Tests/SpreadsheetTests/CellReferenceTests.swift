import Testing

@testable import Spreadsheet

@Suite struct CellReferenceTests {
    @Test(arguments: [("A1", 1, 1), ("C7", 7, 3), ("Z9", 9, 26), ("AA12", 12, 27), ("XFD1048576", 1_048_576, 16_384)])
    func readsAndWritesReferences(_ name: String, _ row: Int, _ column: Int) throws {
        let reference = try #require(CellReference(name))
        #expect(reference == CellReference(row: row, column: column))
        #expect(reference.description == name)
    }

    @Test(arguments: ["", "7", "C", "c7", "C0", "C-1", "C+1", "7C"])
    func refusesWhatIsNotAReference(_ name: String) {
        #expect(CellReference(name) == nil)
    }
}

@Suite struct CellReferenceGridTests {
    @Test(arguments: [
        "XFE1", "A1048577", "A99999999999", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1",
        "A99999999999999999999999",
    ])
    func refusesCellsOutsideExcelsGrid(_ name: String) {
        #expect(CellReference(name) == nil)
    }
}
