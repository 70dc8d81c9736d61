import Foundation
import Testing

@testable import Spreadsheet

/// What the writer writes, the reader reads back as it was.
@Suite struct RoundTripTests {
    static let texts = [
        "Año de fundación", "Niñas y niños 👩🏽‍🏫", "<&> \"comillas\" 'apóstrofos'", "dos\nlíneas",
        "  espacios al principio y al final  ", "\tcon tabulador", "_x0041_ parece un escape", "e\u{301} y é",
        "retorno\r\ny salto",
    ]

    static var layouts: [SheetLayout] {
        var actors = SheetLayout(
            name: "Actores",
            rows: [
                [.text("Nombre"), .text("Tipo"), .text("Desde"), .text("Hora"), .text("Personas")],
                [
                    .text("Fundación Semilla"), .text("Donante"), .date(year: 2024, month: 3, day: 15),
                    .time(minutes: 540), .number(12),
                ],
                [
                    .text("Red de Bibliotecas"), nil, .date(year: 1900, month: 1, day: 1), .time(minutes: 990),
                    .number(-3.25),
                ],
                [],
                [
                    .text("Último"), .text("Aliado"), .date(year: 9999, month: 12, day: 31), .time(minutes: 0),
                    .number(0.1),
                ],
            ])
        actors.headerRows = 1
        actors.columnWidths = [30, 12, 12, 8, 10]
        actors.validations = [
            ListValidation(
                column: 2, firstRow: 2, lastRow: 200, values: ["Donante", "Aliado", "Con \"comillas\", y comas"]),
            ListValidation(column: 5, firstRow: 2, lastRow: 2, values: ["1", "2"]),
        ]
        var notes = SheetLayout(name: "Notas ocultas", rows: texts.map { [.text($0)] })
        notes.hidden = true
        let numbers = SheetLayout(
            name: "Números", rows: [[.number(1e-5), .number(123_456_789_012_345), .number(1.0 / 3), .number(-0.0)]])
        return [actors, notes, numbers]
    }

    @Test func readsBackWhatItWrote() throws {
        let workbook = try WorkbookReader.read(try WorkbookWriter.write(Self.layouts))
        #expect(workbook.sheets.map(\.name) == ["Actores", "Notas ocultas", "Números", "listas"])
        #expect(workbook.sheets.map(\.hidden) == [false, true, false, true])
        for (layout, sheet) in zip(Self.layouts, workbook.sheets) {
            #expect(sheet.cells == Self.expectedCells(layout), "\(layout.name)")
        }
        let lists = try #require(workbook.sheet(named: "listas"))
        #expect(lists[1, 1] == .text("Donante"))
        #expect(lists[3, 1] == .text("Con \"comillas\", y comas"))
        #expect(lists[2, 2] == .text("2"))
        #expect(lists.lastRow == 3)
    }

    @Test func keepsTextByteForByte() throws {
        let workbook = try WorkbookReader.read(try WorkbookWriter.write(Self.layouts))
        let notes = try #require(workbook.sheet(named: "Notas ocultas"))
        for (row, text) in Self.texts.enumerated() {
            guard case .text(let read) = notes[row + 1, 1] else {
                Issue.record("fila \(row + 1) sin texto")
                continue
            }
            #expect(Array(read.utf8) == Array(text.utf8))
        }
    }

    @Test func writesTheSameBytesForTheSameSheets() throws {
        #expect(try WorkbookWriter.write(Self.layouts) == WorkbookWriter.write(Self.layouts))
    }

    @Test func dropsCharactersXMLCannotHold() throws {
        let sheet = SheetLayout(name: "Hoja", rows: [[.text("a\u{1}b\u{B}c\u{FFFE}d\u{FFFF}e\u{1F}")]])
        let workbook = try WorkbookReader.read(try WorkbookWriter.write([sheet]))
        #expect(workbook.sheets[0][1, 1] == .text("abcde"))
    }

    static func expectedCells(_ layout: SheetLayout) -> [CellReference: CellValue] {
        var cells: [CellReference: CellValue] = [:]
        for (row, values) in layout.rows.enumerated() {
            for (column, value) in values.enumerated() {
                let reference = CellReference(row: row + 1, column: column + 1)
                switch value {
                case .text(let text): cells[reference] = .text(text)
                case .number(let number): cells[reference] = .number(number)
                case .date(let year, let month, let day): cells[reference] = .date(year: year, month: month, day: day)
                case .time(let minutes): cells[reference] = .time(minutes: minutes)
                case nil: continue
                }
            }
        }
        return cells
    }
}
