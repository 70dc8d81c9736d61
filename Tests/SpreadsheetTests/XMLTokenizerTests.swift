import Foundation
import Testing

@testable import Spreadsheet

@Suite struct XMLTokenizerTests {
    static func events(_ xml: String) throws(WorkbookProblem) -> [XMLEvent] {
        var tokenizer = XMLTokenizer(Data(xml.utf8), part: "prueba.xml")
        var events: [XMLEvent] = []
        while let event = try tokenizer.next() { events.append(event) }
        return events
    }

    static func tag(_ name: String, _ attributes: [(String, String)] = []) -> XMLEvent {
        .start(XMLTag(name: name, attributes: attributes.map { XMLAttribute(name: $0.0, value: $0.1) }))
    }

    @Test func readsElementsAttributesAndText() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- un comentario -->
            <x:sst xmlns:x="urn:x" xmlns="urn:y" count='2'><si><t xml:space="preserve"> a </t></si><c r="A1" /></x:sst>
            """
        #expect(
            try Self.events(xml) == [
                Self.tag("sst", [("count", "2")]), Self.tag("si"), Self.tag("t", [("space", "preserve")]),
                .text(" a "), .end("t"), .end("si"), Self.tag("c", [("r", "A1")]), .end("c"), .end("sst"),
            ])
    }

    @Test func resolvesEntitiesReferencesAndCData() throws {
        let xml = "<t a=\"&lt;&#x1F600;&#233;\tb\r\nc\">&amp;&quot;&apos;&gt;&#10;x\r\ny<![CDATA[<&>]]></t>"
        #expect(
            try Self.events(xml) == [
                Self.tag("t", [("a", "<😀é b c")]), .text("&\"'>\nx\ny"), .text("<&>"), .end("t"),
            ])
    }

    @Test(arguments: [
        ("", "no tiene ningún elemento"),
        ("<a><b></a>", "cierra </a> cuando el elemento abierto es <b>"),
        ("<a><b>texto", "termina antes de cerrar <b>"),
        ("<a x=\"1\"", "termina dentro de la etiqueta <a>"),
        ("<a>&nbsp;</a>", "«&nbsp;»"),
        ("<a>&#0;</a>", "«&#0;»"),
        ("<a>&#xD800;</a>", "«&#xD800;»"),
        ("<a>R&D</a>", "«&»"),
        ("<!DOCTYPE a [<!ENTITY e \"eee\">]><a>&e;</a>", "DOCTYPE"),
        ("<a/><b/>", "más de un elemento raíz"),
        ("texto<a/>", "texto fuera del elemento raíz"),
        ("<a x=1/>", "sin comillas"),
        ("<a x=\"1\"y=\"2\"/>", "espacio"),
        ("<a x=\"<\"/>", "«<»"),
        ("<a><!-- sin cerrar </a>", "comentario"),
        ("<a><![CDATA[ sin cerrar</a>", "CDATA"),
        ("</a>", "sin haberlo abierto"),
    ])
    func refusesMalformedXML(_ xml: String, _ detail: String) {
        #expect {
            try Self.events(xml)
        } throws: { error in
            let message = (error as? WorkbookProblem)?.message ?? ""
            return message.contains("«prueba.xml», línea 1") && message.contains(detail)
        }
    }

    @Test func refusesDeepNestingWithoutRecursion() throws {
        let depth = XMLTokenizer.maximumDepth
        let fits = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(try Self.events(fits).count == 2 * depth)
        let deep = String(repeating: "<a>", count: 100_000)
        #expect(throws: WorkbookProblem.self) { try Self.events(deep) }
    }

    @Test func namesTheLineOfTheProblem() {
        #expect {
            try Self.events("<a>\n<b>\n</c>")
        } throws: { error in
            (error as? WorkbookProblem)?.message.contains("línea 3") == true
        }
    }

    @Test func refusesUTF16() {
        let data = Data([0xFF, 0xFE]) + "<a/>".data(using: .utf16LittleEndian)!
        var tokenizer = XMLTokenizer(data, part: "prueba.xml")
        #expect(throws: WorkbookProblem.self) { try tokenizer.next() }
    }
}
