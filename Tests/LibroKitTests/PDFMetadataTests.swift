import Foundation
import LibroKit
import Testing

@Suite struct PDFMetadataTests {
    /// The end of a PDF as Chromium writes it: the document information dictionary, then the
    /// cross-reference table whose offsets must stay right.
    static let printed = """
        %PDF-1.4
        1 0 obj
        <</Title (Paquete 1 \\(copia\\))
        /Creator (HeadlessChrome)
        /Producer (Skia/PDF m156)
        /CreationDate (D:20261207100606+00'00')
        /ModDate (D:20261207100607-06'00')>>
        endobj
        xref
        0 2
        0000000000 65535 f
        0000000009 00000 n
        trailer
        <</Size 2 /Info 1 0 R>>
        startxref
        178
        %%EOF
        """

    @Test func datesBecomeTheFixedDateInPlace() {
        let before = Array(Self.printed.utf8)
        let date = Date(timeIntervalSince1970: 946_684_800)
        let after = PDFMetadata.fixingDates(in: before, to: date)
        let text = String(decoding: after, as: UTF8.self)
        #expect(after.count == before.count)
        #expect(text.contains("/CreationDate (D:20000101000000+00'00')"))
        #expect(text.contains("/ModDate (D:20000101000000+00'00')"))
        #expect(!text.contains("2026"))
        // Everything but the two dates is left byte for byte, so the offsets still hold.
        let changed = zip(before, after).enumerated().filter { $1.0 != $1.1 }.map(\.offset)
        let creation = Self.offset(of: "D:2026120710060", in: before)
        #expect(changed.allSatisfy { $0 >= creation && $0 < creation + 80 })
        #expect(text.hasSuffix("startxref\n178\n%%EOF"))
    }

    @Test func sourceDateEpochSetsTheDate() {
        let date = PDFMetadata.fixedDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(PDFMetadata.dateText(date) == "D:20231114221320+00'00'")
        #expect(PDFMetadata.dateText(PDFMetadata.fixedDate(environment: [:])) == "D:20000101000000+00'00'")
        #expect(
            PDFMetadata.fixedDate(environment: ["SOURCE_DATE_EPOCH": "ayer"]) == PDFMetadata.fixedDate(environment: [:])
        )
    }

    @Test func datesOfAnotherLengthAreLeftAlone() {
        let odd = Array("<</CreationDate (D:2026)>>".utf8)
        #expect(PDFMetadata.fixingDates(in: odd, to: Date(timeIntervalSince1970: 0)) == odd)
    }

    @Test func printingTwiceGivesTheSameBytes() {
        let date = PDFMetadata.fixedDate(environment: [:])
        let first = PDFMetadata.fixingDates(in: Array(Self.printed.utf8), to: date)
        let later = Self.printed.replacingOccurrences(of: "D:20261207100606", with: "D:20270301235959")
        #expect(PDFMetadata.fixingDates(in: Array(later.utf8), to: date) == first)
    }

    private static func offset(of text: String, in bytes: [UInt8]) -> Int {
        let pattern = Array(text.utf8)
        return (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
            ?? -1
    }
}
