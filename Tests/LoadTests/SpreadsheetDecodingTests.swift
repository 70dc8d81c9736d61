import Diagnostics
import Foundation
import Testing

@testable import Load

/// The encodings spreadsheets save CSV in: UTF-8 read silently, Windows-1252 and UTF-16 with a
/// warning; pages and YAML stay UTF-8 only.
@Suite struct SpreadsheetDecodingTests {
    func decode(_ bytes: [UInt8]) -> Result<(text: String, warning: Diagnostic?), Diagnostic> {
        TextDecoding.decodeSpreadsheetExport(Data(bytes), displayPath: "content/a.csv")
    }

    @Test func windows1252MapsItsOwnRangeAndLatin1() {
        #expect(
            Windows1252.decode([0x80, 0x93, 0x94, 0x96, 0x97, 0x85, 0xE1, 0xED, 0xF1, 0xD1, 0x41]) == "€“”–—…áíñÑA")
        // Every byte is one character, so columns count as in the file.
        #expect(Windows1252.decode((0...255).map(UInt8.init)).unicodeScalars.count == 256)
    }

    @Test func utf8IsReadSilentlyAndEverythingElseWithAWarning() throws {
        let utf8 = try decode(Array("Mar\u{ed}a\r\n".utf8)).get()
        #expect(utf8.text == "María\n")
        #expect(utf8.warning == nil)
        let latin = try decode([0x4D, 0x61, 0x72, 0xED, 0x61]).get()
        #expect(latin.text == "María")
        #expect(latin.warning?.code == "codificacion-windows-1252")
        #expect(latin.warning?.severity == .warning)
        let bigEndian = try decode([0xFE, 0xFF, 0x00, 0x4D, 0x00, 0xED]).get()
        #expect(bigEndian.text == "Mí")
        #expect(bigEndian.warning?.code == "codificacion-utf16")
    }

    @Test func nulBytesAreStillNotText() {
        guard case .failure(let problem) = decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]) else {
            Issue.record("se esperaba un error")
            return
        }
        #expect(problem.code == "archivo-binario")
    }

    @Test func pagesAndYAMLStayUTF8Only() {
        guard case .failure(let problem) = TextDecoding.decode(Data([0x4D, 0xED]), displayPath: "content/a.md") else {
            Issue.record("se esperaba un error")
            return
        }
        #expect(problem.code == "utf8-invalido")
    }
}
