// Fuzz target: the Spreadsheet module's reader, and its writer on whatever the reader returns.
// The first byte picks what the rest is: 0 a whole .xlsx file; 1 a worksheet, 2 the shared
// strings, 3 the styles, 4 the workbook part, 5 the workbook's relationships, each zipped with
// valid parts for the others (rich enough that every kind of cell and format is reached). What
// reads without a problem is written back, and what the writer writes must read again. See
// Tests/Fuzz/run.sh.
import Foundation
import FuzzDriver

@testable import Spreadsheet

private let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

/// Valid parts for what the input does not replace: a sheet that uses every shared string, style
/// and kind of cell, and a hidden second sheet.
private let parts: [String: String] = [
    "xl/worksheets/sheet1.xml": """
    <worksheet \(main)><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
    <c r="C1" s="1"><v>45366</v></c><c r="D1" s="2"><v>0.375</v></c><c r="E1" s="3"><v>45366.5</v></c>\
    <c r="F1" s="4"><v>1.25</v></c><c r="G1" t="b"><v>1</v></c><c r="H1" t="e"><v>#N/A</v></c></row>\
    <row r="2"><c r="A2" t="inlineStr"><is><r><t>x</t></r></is></c><c r="B2"><f>A1</f></c>\
    <c r="C2" t="str"><f>B1</f><v>y</v></c></row></sheetData><mergeCells><mergeCell ref="A2:B3"/></mergeCells></worksheet>
    """,
    "xl/worksheets/sheet2.xml":
        "<worksheet \(main)><sheetData><row r=\"1\"><c r=\"A1\"><v>2</v></c></row></sheetData></worksheet>",
    "xl/sharedStrings.xml": """
    <sst \(main)><si><t xml:space="preserve"> uno </t></si><si><r><t>dos</t></r><rPh><t>x</t></rPh></si></sst>
    """,
    "xl/styles.xml": """
    <styleSheet \(main)><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs>\
    <xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="22"/><xf numFmtId="46"/></cellXfs></styleSheet>
    """,
    "xl/workbook.xml": """
    <workbook \(main) xmlns:r="urn:r"><workbookPr/><sheets><sheet name="Uno" sheetId="1" r:id="rId1"/>\
    <sheet name="Dos" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>
    """,
    "xl/_rels/workbook.xml.rels": PackageTexts.workbookRelationships(sheetCount: 2),
]

private let replaced = [
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
]

private func package(replacing path: String, with text: String) -> Data? {
    var contents = parts
    contents[path] = text
    let entries = [("_rels/.rels", PackageTexts.packageRelationships)] + contents.sorted { $0.key < $1.key }
    return try? ZipPackage.zip(entries.map { (path: $0.0, text: $0.1) })
}

/// What the reader returned, as the writer takes it; the sheets' names are kept when Excel
/// takes them.
private func layouts(_ workbook: Workbook) -> [SheetLayout] {
    workbook.sheets.map { sheet in
        let width = sheet.cells.keys.map(\.column).max() ?? 0
        var rows = [[WrittenCell?]](
            repeating: Array(repeating: nil, count: min(width, 64)), count: min(sheet.lastRow, 64))
        for (reference, value) in sheet.cells where reference.row <= rows.count && reference.column <= 64 {
            let cell: WrittenCell?
            switch value {
            case .text(let text): cell = .text(text)
            case .number(let number): cell = .number(number)
            case .date(let year, let month, let day): cell = .date(year: year, month: month, day: day)
            case .time(let minutes): cell = minutes < 1440 ? .time(minutes: minutes) : nil
            case .bool, .error, .formulaWithoutValue: cell = nil
            }
            rows[reference.row - 1][reference.column - 1] = cell
        }
        var layout = SheetLayout(name: sheet.name, rows: rows)
        layout.hidden = sheet.hidden
        layout.headerRows = min(1, rows.count)
        return layout
    }
}

try FuzzDriver.run { data in
    guard let mode = data.first else { return }
    let rest = data.dropFirst()
    let file: Data?
    if mode % 6 == 0 {
        file = Data(rest)
    } else {
        file = package(replacing: replaced[Int(mode % 6) - 1], with: String(decoding: rest, as: UTF8.self))
    }
    guard let file, let workbook = try? WorkbookReader.read(file) else { return }
    guard let written = try? WorkbookWriter.write(layouts(workbook)) else { return }
    do {
        _ = try WorkbookReader.read(written)
    } catch {
        fatalError("libro no lee lo que escribió: \(error)")
    }
}
