import Foundation
import Testing

@testable import Spreadsheet

/// The parts of a package read one by one, from XML written here.
@Suite struct PartReaderTests {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

    static let styles = CellStyles.read(
        """
        <styleSheet \(main)><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
        <numFmt numFmtId="165" formatCode="0.00"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/>\
        <xf numFmtId="22"/><xf numFmtId="46"/></cellXfs></styleSheet>
        """)

    static func cells(_ sheetData: String, strings: [String] = [], system: DateSystem = .from1900)
        throws(WorkbookProblem) -> [CellReference: CellValue]
    {
        let reader = WorksheetReader(
            sheet: "Hoja1", part: "xl/worksheets/sheet1.xml", sharedStrings: strings, styles: styles,
            dateSystem: system)
        return try reader.read(Data("<worksheet \(main)>\(sheetData)</worksheet>".utf8))
    }

    static func reference(_ name: String) -> CellReference { CellReference(name)! }

    @Test func readsEachTypeOfCell() throws {
        let cells = try Self.cells(
            """
            <sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>en línea</t></is></c>\
            <c r="C2" t="str"><f>A2&amp;"!"</f><v>dos!</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c>\
            <c r="F2"><v>2.5</v></c><c r="G2" s="2"><v>7</v></c><c r="H2"><f>SUM(F2:G2)</f><v/></c>\
            <c r="I2" s="1"/><c r="J2" t="d"><v>2024-03-15T10:00:00</v></c><c r="K2" t="s"><v>0</v></c></row></sheetData>
            """, strings: ["", "compartido"])
        #expect(
            cells == [
                Self.reference("A2"): .text("compartido"), Self.reference("B2"): .text("en línea"),
                Self.reference("C2"): .text("dos!"), Self.reference("D2"): .bool(true),
                Self.reference("E2"): .error("#N/A"), Self.reference("F2"): .number(2.5),
                Self.reference("G2"): .number(7), Self.reference("H2"): .formulaWithoutValue("SUM(F2:G2)"),
                Self.reference("J2"): .date(year: 2024, month: 3, day: 15),
            ])
    }

    @Test func typesNumbersByTheirFormat() throws {
        let cells = try Self.cells(
            """
            <sheetData><row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="3"><v>0.375</v></c>\
            <c r="C1" s="3"><v>0.6875</v></c><c r="D1" s="4"><v>45366.6875</v></c><c r="E1" s="5"><v>1.5</v></c>\
            <c r="F1" s="3"><v>0.99999999</v></c><c r="G1" s="1"><v>-1</v></c><c r="H1" s="1"><v>60</v></c>\
            <c r="I1" s="99"><v>45366</v></c><c r="J1" s="3"><v>45366.375</v></c></row></sheetData>
            """)
        #expect(
            cells == [
                Self.reference("A1"): .date(year: 2024, month: 3, day: 15), Self.reference("B1"): .time(minutes: 540),
                Self.reference("C1"): .time(minutes: 990), Self.reference("D1"): .date(year: 2024, month: 3, day: 15),
                Self.reference("E1"): .time(minutes: 2160), Self.reference("F1"): .time(minutes: 0),
                Self.reference("G1"): .number(-1), Self.reference("H1"): .date(year: 1900, month: 2, day: 29),
                Self.reference("I1"): .number(45366), Self.reference("J1"): .time(minutes: 540),
            ])
        let mac = try Self.cells(
            "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row></sheetData>", system: .from1904)
        #expect(mac == [Self.reference("A1"): .date(year: 1904, month: 1, day: 1)])
    }

    @Test func placesCellsWithoutReferencesAndKeepsTheFirstCellOfMerges() throws {
        let cells = try Self.cells(
            """
            <sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>\
            <row r="5"><c r="C5"><v>5</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/>\
            <mergeCell ref="C4:D5"/></mergeCells>
            """)
        #expect(cells == [Self.reference("A1"): .number(1), Self.reference("C4"): .number(3)])
    }

    @Test func readsRichTextWithoutPhoneticGuidesAndEscapes() throws {
        let strings = try SharedStrings.read(
            Data(
                """
                <sst \(Self.main)><si><t xml:space="preserve"> uno </t></si><si><r><rPr><b/></rPr><t>ne</t></r>\
                <r><t xml:space="preserve">grita </t></r><rPh sb="0" eb="1"><t>フリ</t></rPh></si>\
                <si><t>a_x000D__x000A_b _x005F_x0041_</t></si><si/></sst>
                """.utf8), part: "xl/sharedStrings.xml")
        #expect(strings == [" uno ", "negrita ", "a\r\nb _x0041_", ""])
    }

    @Test func readsSheetsStatesAndTheDateSystem() throws {
        let index = try WorkbookIndex(
            Data(
                """
                <x:workbook xmlns:x="urn:x" xmlns:rel="urn:r"><x:workbookPr date1904="true"/><x:sheets>\
                <x:sheet name="Uno" sheetId="1" rel:id="rId3"/><x:sheet name="Dos" sheetId="2" state="hidden" rel:id="rId1"/>\
                <x:sheet name="Tres &amp; más" sheetId="3" state="veryHidden" rel:id="rId2"/></x:sheets></x:workbook>
                """.utf8), part: "xl/workbook.xml")
        #expect(index.dateSystem == .from1904)
        #expect(index.sheets.map(\.name) == ["Uno", "Dos", "Tres & más"])
        #expect(index.sheets.map(\.relationship) == ["rId3", "rId1", "rId2"])
        #expect(index.sheets.map(\.hidden) == [false, true, true])
        #expect(throws: WorkbookProblem.self) {
            try WorkbookIndex(Data("<worksheet/>".utf8), part: "xl/workbook.xml")
        }
    }

    @Test func resolvesRelationshipTargets() {
        #expect(Relationships.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("../xl/./hoja%201.xml", from: "xl") == "xl/hoja 1.xml")
        #expect(Relationships.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(Relationships.partPath(for: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(Relationships.partPath(for: "") == "_rels/.rels")
    }

    @Test(arguments: [
        ("<sheetData><row r=\"1\"><c r=\"A99999999999\"><v>1</v></c></row></sheetData>", "A99999999999"),
        ("<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>", "XFE1"),
        ("<sheetData><row r=\"0\"/></sheetData>", "fila «0»"),
        ("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>", "texto compartido"),
        ("<sheetData><row r=\"1\"><c r=\"A1\" t=\"b\"><v>sí</v></c></row></sheetData>", "valor lógico"),
        ("<sheetData><row r=\"1\"><c r=\"A1\"><v>uno</v></c></row></sheetData>", "número"),
        ("<sheetData><row r=\"1\"><c r=\"A1\"><v>nan</v></c></row></sheetData>", "número"),
        ("<sheetData/><mergeCells><mergeCell ref=\"A1:A99999999999\"/></mergeCells>", "combina"),
    ])
    func refusesCellsThatCannotBe(_ sheetData: String, _ detail: String) {
        #expect {
            try Self.cells(sheetData)
        } throws: { error in
            let message = (error as? WorkbookProblem)?.message ?? ""
            return message.contains("la hoja «Hoja1»") && message.contains(detail)
        }
    }

    @Test func boundsTheWorkOfSheetWideMerges() throws {
        var cells: [CellReference: CellValue] = [:]
        for row in 1...1_000 { cells[CellReference(row: row, column: 1)] = .number(1) }
        let beside = (2...101).map { CellRange("\(CellReference.letters($0))1:\(CellReference.letters($0))1048576")! }
        var kept = cells
        try MergedCells.keepFirstCells(of: beside, in: &kept, budget: 100_000)
        #expect(kept == cells)
        #expect(throws: WorkbookProblem.self) {
            try MergedCells.keepFirstCells(of: beside, in: &kept, budget: 99_999)
        }
        let over = [CellRange("A1:A1048576")!, CellRange("A1:XFD1048576")!]
        try MergedCells.keepFirstCells(of: over, in: &kept, budget: 1_001)
        #expect(kept == [CellReference(row: 1, column: 1): .number(1)])
    }
}

extension CellStyles {
    fileprivate static func read(_ xml: String) -> CellStyles {
        (try? CellStyles(Data(xml.utf8), part: "xl/styles.xml")) ?? CellStyles()
    }
}
