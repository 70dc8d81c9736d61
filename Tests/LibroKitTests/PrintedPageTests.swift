import Foundation
import LibroKit
import Testing

/// What a printed sheet of paper says in its margins (page number, running header, each
/// worksheet's own named page) and the date a filled worksheet prints, on the organization
/// fixture: Red Luz del Valle has session 2 on 15 March 2027 and no session 5.
@Suite struct PrintedPageTests {
    static let organization = "organizaciones/luz-del-valle/"

    /// The `<style>` element of a page's head.
    static func style(_ page: String) -> String {
        guard let start = page.range(of: "<style>"),
            let end = page.range(of: "</style>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// The worksheets' sections of a page: their page marker, classes, title and date field.
    static func sheets(_ page: String) -> [(marker: String, classes: String, title: String, date: String)] {
        page.components(separatedBy: "<section class=\"hoja").dropFirst().map { section in
            let classes = String(section.prefix { $0 != "\"" })
            let marker = section.between("data-pagina=\"", "\"") ?? ""
            let title = section.between("<p class=\"hoja-titulo\">", "</p>") ?? ""
            let date = section.between("Fecha: ", "</span>") ?? ""
            return (marker, classes, title, date)
        }
    }

    @Test func everyPageNumbersItsSheetsAndHeadsThemWithItsTitle() throws {
        let pages = try RenderedPageTests.pages(of: "organizacion")
        #expect(pages.count > 10)
        for (path, page) in pages where path.hasSuffix(".html") {
            let style = Self.style(page)
            #expect(
                style.contains(#"@bottom-right { content: "Página " counter(page) " de " counter(pages); }"#),
                "\(path) no numera sus hojas")
            #expect(style.contains("@top-left { content: \""), "\(path) no tiene encabezado")
            // Its libro.yml gives no `edicion`: neither the footer nor the paper name one.
            #expect(!style.contains("@bottom-left"), "\(path) imprime una edición")
            #expect(!page.contains("class=\"edicion\""), "\(path) dice una edición")
        }
        let session = try #require(pages[Self.organization + "sesiones/sesion-2.html"])
        #expect(Self.style(session).contains(#"Red Luz del Valle, A.C.""#))
    }

    @Test func eachWorksheetOfAPrintPackHeadsItsOwnPages() throws {
        let pages = try RenderedPageTests.pages(of: "organizacion")
        var count = 0
        for audience in ["participantes", "facilitacion"] {
            let pack = try #require(pages[Self.organization + "hojas/paquete-sesion-2-\(audience).html"])
            let style = Self.style(pack)
            let sheets = Self.sheets(pack)
            count += sheets.count
            #expect(Set(sheets.map(\.marker)).count == sheets.count)
            for sheet in sheets {
                let rule = try #require(style.between(#"section[data-pagina="\#(sheet.marker)"] { page: "#, "; }"))
                let header = try #require(style.between("@page \(rule) {", "}\n"))
                #expect(header.contains("content: \"\(sheet.title) · "))
                #expect(header.contains(#" · Red Luz del Valle, A.C.""#))
                // A flipchart's named page keeps it landscape.
                #expect(header.contains("landscape") == sheet.classes.contains("hoja-rotafolio"), "\(header)")
            }
        }
        // The form, the cards and the flipchart of the session, between the two packs.
        #expect(count == 3)
        let perRecord = try #require(pages[Self.organization + "hojas/hoja-ruta-critica-bodega-cachanilla.html"])
        let header = try #require(Self.style(perRecord).between("@page hoja-1-1 {", "}\n"))
        #expect(header.contains(": Bodega Cachanilla, S.A. · Red Luz del Valle, A.C.\""), "\(header)")
    }

    @Test func filledWorksheetsPrintTheDateOfTheOrganizationsSession() throws {
        let pages = try RenderedPageTests.pages(of: "organizacion")
        let scheduled = "<strong>15 de marzo de 2027</strong>"
        let blank = #"<span class="linea-corta">"#
        let pack = try #require(pages[Self.organization + "hojas/paquete-sesion-2-participantes.html"])
        let forms = Self.sheets(pack).filter { $0.classes.contains("hoja-formulario") }
        #expect(!forms.isEmpty)
        #expect(forms.allSatisfy { $0.date == scheduled })
        let unscheduled = try #require(pages[Self.organization + "hojas/paquete-sesion-5-participantes.html"])
        #expect(Self.sheets(unscheduled).allSatisfy { $0.date == blank })
        let alone = try #require(pages[Self.organization + "hojas/hoja-sistema-actual.html"])
        #expect(Self.sheets(alone).map(\.date) == [scheduled])
        let otherSession = try #require(pages[Self.organization + "hojas/hoja-ruta-critica-bodega-cachanilla.html"])
        #expect(Self.sheets(otherSession).map(\.date) == [blank])
        let blankPack = try #require(pages["hojas/paquete-sesion-2.html"])
        #expect(
            Self.sheets(blankPack).filter { $0.classes.contains("hoja-formulario") }.allSatisfy { $0.date == blank })
    }

    /// An organization's name goes into every header of its pages: whatever it holds, it stays
    /// one CSS string inside the page's one `<style>` element.
    @Test func nothingFromContentLeavesTheStyleElement() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("organizacion"), to: content)
        let profile = content.appendingPathComponent(Self.organization + "perfil.yml")
        let hostile = #"'Red </style><script>alert(1)</script> "x" } body { display: none } \ A.C.'"#
        let text = try String(contentsOf: profile, encoding: .utf8)
            .replacingOccurrences(of: "nombre: Red Luz del Valle, A.C.", with: "nombre: \(hostile)")
        try text.write(to: profile, atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: content, output: output))
        #expect(report.diagnostics.errors.map(\.description) == [])
        let pages = try snapshot(of: output).mapValues { String(decoding: $0, as: UTF8.self) }
        let pack = try #require(pages[Self.organization + "hojas/paquete-sesion-2-participantes.html"])
        for (path, page) in pages where path.hasPrefix(Self.organization) && path.hasSuffix(".html") {
            let head = page.components(separatedBy: "</head>")[0]
            #expect(head.components(separatedBy: "</style").count == 2, "\(path)")
            #expect(!head.contains("<script>alert"), "\(path)")
            #expect(!Self.style(page).contains("<"), "\(path)")
        }
        #expect(Self.style(pack).contains(#"Red \3C /style\3E \3C script\3E alert(1)\3C /script\3E  \"x\" } body"#))
    }
}

extension String {
    /// The text between the first `start` and the `end` after it.
    func between(_ start: String, _ end: String) -> String? {
        guard let open = range(of: start), let close = range(of: end, range: open.upperBound..<endIndex) else {
            return nil
        }
        return String(self[open.upperBound..<close.lowerBound])
    }
}
