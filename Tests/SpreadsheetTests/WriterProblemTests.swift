import Foundation
import Testing

@testable import Spreadsheet

@Suite struct WriterProblemTests {
    static func problem(_ sheets: [SheetLayout]) -> String? {
        do {
            _ = try WorkbookWriter.write(sheets)
            return nil
        } catch {
            return error.message
        }
    }

    static func sheet(_ name: String = "Hoja", _ rows: [[WrittenCell?]] = [[.text("a")]]) -> SheetLayout {
        SheetLayout(name: name, rows: rows)
    }

    @Test(arguments: [
        ("", "está vacío"), (String(repeating: "a", count: 32), "más de 31"), ("a:b", "«:»"), ("a\\b", "«\\»"),
        ("a/b", "«/»"), ("¿a?", "«?»"), ("a*", "«*»"), ("[a", "«[»"), ("a]", "«]»"), ("'a", "apóstrofo"),
        ("History", "historial"), ("a\u{1}", "control"),
    ])
    func refusesSheetNamesExcelRefuses(_ name: String, _ detail: String) {
        let message = Self.problem([Self.sheet(name)])
        #expect(message?.contains("el nombre de hoja «\(name)» no sirve en Excel") == true)
        #expect(message?.contains(detail) == true, "\(message ?? "")")
    }

    @Test func acceptsTheLongestNameAndAccents() throws {
        _ = try WorkbookWriter.write([Self.sheet(String(repeating: "ñ", count: 31)), Self.sheet("Año 2024 (1)")])
    }

    @Test func refusesWorkbooksExcelCannotOpen() {
        #expect(Self.problem([]) == "un libro de Excel necesita al menos una hoja")
        var hidden = Self.sheet()
        hidden.hidden = true
        #expect(Self.problem([hidden])?.contains("al menos una hoja visible") == true)
        #expect(
            Self.problem([Self.sheet("Datos"), Self.sheet("DATOS")])?.contains("otra hoja ya se llama así") == true)
    }

    @Test(arguments: [
        (WrittenCell.number(.nan), "número finito"), (.number(.infinity), "número finito"),
        (.date(year: 2023, month: 2, day: 29), "2023-2-29"), (.date(year: 1899, month: 12, day: 31), "1899-12-31"),
        (.time(minutes: 1440), "1440 minutos"), (.time(minutes: -1), "-1 minutos"),
        (.text(String(repeating: "a", count: 32_768)), "32 767"),
    ])
    func refusesCellsExcelCannotHold(_ cell: WrittenCell, _ detail: String) {
        let message = Self.problem([Self.sheet("Datos", [[nil, cell]])])
        #expect(message?.hasPrefix("la celda B1 de la hoja «Datos»") == true)
        #expect(message?.contains(detail) == true, "\(message ?? "")")
    }

    @Test func refusesListsAndWidthsOutsideTheGrid() {
        for validation in [
            ListValidation(column: 0, firstRow: 1, lastRow: 2, values: ["a"]),
            ListValidation(column: 1, firstRow: 3, lastRow: 2, values: ["a"]),
            ListValidation(column: 1, firstRow: 1, lastRow: 1_048_577, values: ["a"]),
            ListValidation(column: 1, firstRow: 1, lastRow: 2, values: []),
        ] {
            var sheet = Self.sheet()
            sheet.validations = [validation]
            #expect(Self.problem([sheet])?.hasPrefix("la hoja «Hoja»") == true, "\(validation)")
        }
        var wide = Self.sheet()
        wide.columnWidths = [10, 256]
        #expect(Self.problem([wide])?.contains("ancho de columna de 256") == true)
    }

    @Test func namesTheListSheetApartFromTheCallersSheets() throws {
        var sheet = Self.sheet("Listas")
        let values = (1...300).map { "Valor \($0), con \"comillas\" y texto largo para pasar de 255 caracteres" }
        sheet.validations = [ListValidation(column: 1, firstRow: 2, lastRow: 9, values: values)]
        let data = try WorkbookWriter.write([sheet, Self.sheet("listas_2")])
        let workbook = try WorkbookReader.read(data)
        #expect(workbook.sheets.map(\.name) == ["Listas", "listas_2", "listas_3"])
        #expect(workbook.sheets[2].hidden)
        #expect(workbook.sheets[2].cells.count == 300)
        let parts = try PackageParts(data, limits: .standard)
        let sheetXML = String(decoding: try parts.require("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheetXML.contains("<formula1>listas_3!$A$1:$A$300</formula1>"))
    }

    @Test func opensOnTheFirstVisibleSheet() throws {
        var hidden = Self.sheet("Oculta")
        hidden.hidden = true
        let parts = try PackageParts(try WorkbookWriter.write([hidden, Self.sheet("Visible")]), limits: .standard)
        let workbook = String(decoding: try parts.require("xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("<workbookView firstSheet=\"1\" activeTab=\"1\"/>"))
        let visible = String(decoding: try parts.require("xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(visible.contains("tabSelected=\"1\""))
    }
}
