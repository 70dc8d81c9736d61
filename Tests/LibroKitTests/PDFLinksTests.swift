import Foundation
import Testing

@testable import LibroKit

@Suite struct PDFLinksTests {
    @Test func linksIntoTheBuildFolderBecomeRelativeAndKeepTheirLength() {
        let pdf = Array(
            """
            <</A <</S /URI /URI (file:///tmp/.site.anterior/glosario.html#actor)>>>>
            <</A <</S /URI /URI (file:///tmp/.site.anterior/hojas/hoja-mou.html)>>>>
            <</A <</S /URI /URI (https://ejemplo.org/)>>>>
            """.utf8)
        let fixed = PDFLinks.relativizing(pdf, folder: "file:///tmp/.site.anterior/", page: "hojas/paquete.html")
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(fixed.count == pdf.count)
        #expect(text.contains("/URI (../glosario.html#actor) "))
        #expect(text.contains("/URI (hoja-mou.html) "))
        #expect(text.contains("/URI (https://ejemplo.org/)>>"))
        #expect(!text.contains("file:"))
    }

    @Test func nodeNumbersBecomeConsecutiveInTheSameOrder() {
        let first = Array("/ID (node00000377) /ID (node00000380) /ID (node00000377) [(node00000380)]".utf8)
        let shifted = Array("/ID (node00000378) /ID (node00000381) /ID (node00000378) [(node00000381)]".utf8)
        let fixed = PDFLinks.renumberingNodes(first)
        #expect(
            String(decoding: fixed, as: UTF8.self)
                == "/ID (node00000001) /ID (node00000002) /ID (node00000001) [(node00000002)]")
        #expect(PDFLinks.renumberingNodes(shifted) == fixed)
    }
}
