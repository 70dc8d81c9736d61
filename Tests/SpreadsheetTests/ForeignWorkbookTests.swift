import Foundation
import Testing

@testable import Spreadsheet

/// Workbooks saved by other programs (`Fixtures/make_fixtures.py` writes them): LibreOffice
/// saves shared strings and cached formula results, openpyxl inline strings and formulas
/// without results. Each holds the same sheet, in the 1900 and the 1904 date systems.
@Suite struct ForeignWorkbookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func cell(_ name: String) -> CellReference { CellReference(name)! }

    /// What every fixture's «Datos» holds but its formula and error (rows 11 and 12). Covered
    /// cells of the merge A13:B14 and the styled empty rows 16 to 20 are absent.
    static let common: [CellReference: CellValue] = [
        cell("A1"): .text("Tipo"), cell("B1"): .text("Valor"),
        cell("A2"): .text("texto"), cell("B2"): .text("Fundación «Semilla» & <Lectora>"),
        cell("A3"): .text("texto enriquecido"), cell("B3"): .text("normal y negrita"),
        cell("A4"): .text("fecha"), cell("B4"): .date(year: 2024, month: 3, day: 15),
        cell("A5"): .text("hora"), cell("B5"): .time(minutes: 540),
        cell("A6"): .text("hora tarde"), cell("B6"): .time(minutes: 990),
        cell("A7"): .text("fecha y hora"), cell("B7"): .date(year: 2024, month: 3, day: 15),
        cell("A8"): .text("número"), cell("B8"): .number(1234.5),
        cell("A9"): .text("verdadero"), cell("B9"): .bool(true),
        cell("A10"): .text("falso"), cell("B10"): .bool(false),
        cell("A11"): .text("fórmula"), cell("A12"): .text("error"),
        cell("A13"): .text("combinada"),
        cell("A15"): .text("  con espacios  "), cell("B15"): .text("dos\nlíneas"),
    ]

    @Test(arguments: [
        ("libreoffice.xlsx", CellValue.number(2469), CellValue.error("#DIV/0!")),
        ("libreoffice-1904.xlsx", .number(2469), .error("#DIV/0!")),
        ("openpyxl.xlsx", .formulaWithoutValue("B8*2"), .error("#N/A")),
        ("openpyxl-1904.xlsx", .formulaWithoutValue("B8*2"), .error("#N/A")),
    ])
    func readsWhatOtherProgramsSave(_ file: String, _ formula: CellValue, _ error: CellValue) throws {
        let workbook = try WorkbookReader.read(try Data(contentsOf: Self.fixtures.appendingPathComponent(file)))
        #expect(workbook.sheets.map(\.name) == ["Datos", "Oculta"])
        #expect(workbook.sheets.map(\.hidden) == [false, true])
        var expected = Self.common
        expected[Self.cell("B11")] = formula
        expected[Self.cell("B12")] = error
        let data = try #require(workbook.sheet(named: "Datos"))
        for reference in Set(expected.keys).union(data.cells.keys).sorted() {
            #expect(data.cells[reference] == expected[reference], "\(file) › \(reference)")
        }
        #expect(data.lastRow == 15)
        #expect(workbook.sheets[1].cells == [Self.cell("A1"): .text("no se muestra")])
    }

    /// The fixtures really are what their names say: each program's own markup, each system.
    @Test func fixturesHoldWhatTheyCover() throws {
        for (file, markers) in [
            ("libreoffice.xlsx", ["t=\"s\"", "date1904=\"false\"", "<f aca=\"false\">B8*2</f><v>2469</v>"]),
            ("libreoffice-1904.xlsx", ["date1904=\"true\"", "<v>43904</v>"]),
            ("openpyxl.xlsx", ["t=\"inlineStr\"", "<r><rPr><b val=\"1\" /></rPr>", "<f>B8*2</f><v /></c>"]),
            ("openpyxl-1904.xlsx", ["date1904=\"1\"", "<v>43904</v>"]),
        ] {
            let parts = try PackageParts(
                try Data(contentsOf: Self.fixtures.appendingPathComponent(file)), limits: .standard)
            let text = try ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"].compactMap {
                try parts.read($0).map { String(decoding: $0, as: UTF8.self) }
            }.joined()
            for marker in markers { #expect(text.contains(marker), "\(file): \(marker)") }
        }
    }
}
