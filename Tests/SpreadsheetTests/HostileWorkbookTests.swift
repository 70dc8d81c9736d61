import Foundation
import Testing

@testable import Spreadsheet

/// Files that are not workbooks, or are built to hurt, end in a `WorkbookProblem`: no crash, no
/// hang, no gigabytes.
@Suite struct HostileWorkbookTests {
    static func message(_ data: Data, limits: PackageParts.Limits = .standard) -> String? {
        do {
            _ = try WorkbookReader.read(data, limits: limits)
            return nil
        } catch {
            return error.message
        }
    }

    /// A package with one sheet whose part is `sheet`, and whatever else `extra` adds.
    static func package(sheet: String, extra: [(path: String, text: String)] = []) throws -> Data {
        try ZipPackage.zip(
            [
                (path: "[Content_Types].xml", text: PackageTexts.contentTypes(sheetCount: 1)),
                (path: "_rels/.rels", text: PackageTexts.packageRelationships),
                (
                    path: "xl/workbook.xml",
                    text: PackageTexts.workbook([SheetLayout(name: "Hoja1", rows: [])], active: 0)
                ),
                (path: "xl/_rels/workbook.xml.rels", text: PackageTexts.workbookRelationships(sheetCount: 1)),
                (path: "xl/worksheets/sheet1.xml", text: sheet),
            ] + extra)
    }

    static let sheetStart = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"

    @Test func refusesWhatIsNotAWorkbook() throws {
        #expect(
            Self.message(Data("nombre,tipo\nSemilla,donante\n".utf8))?.contains("no es un libro de Excel (.xlsx)")
                == true)
        #expect(Self.message(Data())?.contains("no es un libro de Excel (.xlsx)") == true)
        let oldExcel = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(Self.message(oldExcel)?.contains("antiguo (.xls) o está protegido con contraseña") == true)
        let document = try ZipPackage.zip([(path: "word/document.xml", text: "<document/>")])
        #expect(Self.message(document)?.contains("no tiene «xl/workbook.xml»") == true)
        let withoutSheet = try ZipPackage.zip([
            (path: "_rels/.rels", text: PackageTexts.packageRelationships),
            (path: "xl/workbook.xml", text: PackageTexts.workbook([SheetLayout(name: "Hoja1", rows: [])], active: 0)),
            (path: "xl/_rels/workbook.xml.rels", text: PackageTexts.workbookRelationships(sheetCount: 1)),
        ])
        #expect(Self.message(withoutSheet)?.contains("la hoja «Hoja1» no está donde el libro dice") == true)
        let truncatedZip = try Self.package(sheet: Self.sheetStart + "</worksheet>").prefix(300)
        #expect(Self.message(Data(truncatedZip)) != nil)
    }

    @Test func refusesTruncatedAndDeepXML() throws {
        let truncated = try Self.package(sheet: Self.sheetStart + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>")
        #expect(Self.message(truncated)?.contains("«xl/worksheets/sheet1.xml», línea 1, no es XML válido") == true)
        let deep = try Self.package(sheet: Self.sheetStart + String(repeating: "<x>", count: 50_000))
        #expect(Self.message(deep)?.contains("anida elementos a más de") == true)
        let huge = try Self.package(
            sheet: Self.sheetStart
                + "<sheetData><row r=\"1\"><c r=\"A99999999999\"><v>1</v></c></row></sheetData></worksheet>")
        #expect(Self.message(huge)?.contains("«A99999999999» fuera de la cuadrícula de Excel") == true)
    }

    @Test func stopsInflatingAtTheCaps() throws {
        let padding = String(repeating: " ", count: 300_000)
        let big = try Self.package(sheet: Self.sheetStart + padding + "<sheetData/></worksheet>")
        let limits = PackageParts.Limits(part: 200_000, total: 1_000_000, entries: 100)
        #expect(Self.message(big, limits: limits)?.contains("«xl/worksheets/sheet1.xml» ocupa más de") == true)
        // Each part fits its cap; together they pass the workbook's.
        let medium = Self.sheetStart + String(repeating: " ", count: 150_000) + "<sheetData/></worksheet>"
        let strings = "<sst>" + padding.prefix(150_000) + "</sst>"
        let many = try Self.package(sheet: medium, extra: [(path: "xl/sharedStrings.xml", text: strings)])
        #expect(Self.message(many, limits: PackageParts.Limits(part: 200_000, total: 400_000, entries: 100)) == nil)
        let total = PackageParts.Limits(part: 200_000, total: 250_000, entries: 100)
        #expect(Self.message(many, limits: total)?.contains("«xl/worksheets/sheet1.xml» ocupa más de") == true)
        let crowded = try ZipPackage.zip((1...101).map { (path: "parte\($0).xml", text: "<a/>") })
        #expect(Self.message(crowded, limits: limits)?.contains("demasiadas partes") == true)
    }

    /// The central directory says the sheet inflates to 4 GB: refused before a byte is inflated.
    /// Says it inflates to 10 bytes: inflating stops at the cap. Says its deflated data is 10
    /// bytes: the stream ends early, and the part is damaged.
    @Test func distrustsTheSizesTheArchiveDeclares() throws {
        let sheet = Self.sheetStart + String(repeating: " ", count: 300_000) + "<sheetData/></worksheet>"
        let data = try Self.package(sheet: sheet)
        let huge = try Self.patch(data, field: 24, to: 0xFFFF_FFF0)
        #expect(Self.message(huge)?.contains("«xl/worksheets/sheet1.xml» ocupa más de 100 MB") == true)
        let small = try Self.patch(data, field: 24, to: 10)
        let limits = PackageParts.Limits(part: 200_000, total: 1_000_000, entries: 100)
        #expect(Self.message(small, limits: limits)?.contains("«xl/worksheets/sheet1.xml» ocupa más de") == true)
        let cut = try Self.patch(data, field: 20, to: 10)
        #expect(Self.message(cut)?.contains("no se puede descomprimir «xl/worksheets/sheet1.xml»") == true)
    }

    /// `data` with a 4-byte field of the sheet's central directory entry set to `value`.
    static func patch(_ data: Data, field: Int, to value: UInt32) throws -> Data {
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var bytes = [UInt8](data)
        var patched = 0
        for offset in 0..<(bytes.count - 46) where bytes[offset..<offset + 4] == [0x50, 0x4B, 0x01, 0x02] {
            let nameLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            guard Array(bytes[(offset + 46)..<(offset + 46 + nameLength)]) == name else { continue }
            for byte in 0..<4 { bytes[offset + field + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(byte))) }
            patched += 1
        }
        try #require(patched == 1)
        return Data(bytes)
    }

    /// Every byte of a real workbook changed, one at a time in a sample, and bytes of its XML
    /// before zipping: each read ends in a workbook or a problem.
    @Test func survivesDamagedFiles() throws {
        let written = try WorkbookWriter.write(RoundTripTests.layouts)
        var generator = SplitMix(seed: 7)
        for _ in 0..<400 {
            var damaged = written
            let index = Int(generator.next() % UInt64(damaged.count))
            damaged[index] = UInt8(truncatingIfNeeded: generator.next())
            _ = Self.message(damaged)
        }
        let sheet = Array(
            (Self.sheetStart
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>x&amp;y</t></r></is></c>"
                + "<c r=\"B1\" s=\"0\" t=\"b\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/>"
                + "</mergeCells></worksheet>").utf8)
        for _ in 0..<400 {
            var damaged = sheet
            let index = Int(generator.next() % UInt64(damaged.count))
            damaged[index] = Array("<>/&;\"'=:#x0Az ".utf8)[Int(generator.next() % 15)]
            _ = Self.message(try Self.package(sheet: String(decoding: damaged, as: UTF8.self)))
        }
    }
}

/// A small deterministic generator, so a failure repeats.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
