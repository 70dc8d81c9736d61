import Foundation
import Testing

@testable import Spreadsheet

/// The workbook `make spreadsheet-check` hands to openpyxl and LibreOffice
/// (`Tests/Spreadsheet/check_workbook.py`, which expects exactly these values): written to the
/// path in `LIBRO_XLSX_SALIDA`, and skipped without it.
@Suite struct SampleWorkbookTests {
    static var sample: [SheetLayout] {
        var actors = SheetLayout(
            name: "Actores",
            rows: [
                [.text("Nombre"), .text("Tipo"), .text("Fundada"), .text("Reunión"), .text("Personas")],
                [
                    .text("Fundación Semilla Lectora"), .text("Donante"), .date(year: 2024, month: 3, day: 15),
                    .time(minutes: 540), .number(12),
                ],
                [
                    .text("Red <Bibliotecas> & \"Amigos\""), .text("Aliado, con coma"),
                    .date(year: 1999, month: 12, day: 31), .time(minutes: 990), .number(2.5),
                ],
                [.text("  Con espacios  "), nil, nil, nil, .number(-7)],
                [.text("Dos\nlíneas 👩🏽‍🏫"), .text("Donante")],
            ])
        actors.headerRows = 1
        actors.columnWidths = [28, 18, 12, 10, 10]
        actors.validations = [
            ListValidation(
                column: 2, firstRow: 2, lastRow: 100, values: ["Donante", "Aliado, con coma", "Otro \"tipo\""])
        ]
        var hidden = SheetLayout(name: "Oculta", rows: [[.text("no se muestra")]])
        hidden.hidden = true
        var summary = SheetLayout(name: "Resumen", rows: [[.text("Total"), .number(14.5)]])
        summary.validations = [ListValidation(column: 1, firstRow: 2, lastRow: 5, values: ["Sí", "No"])]
        return [actors, hidden, summary]
    }

    @Test func writesTheSampleWhereAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["LIBRO_XLSX_SALIDA"] else { return }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try WorkbookWriter.write(Self.sample).write(to: url)
    }
}
