import Testing

@testable import Render

@Suite struct PrintStyleTests {
    @Test func pageNumberTextBecomesQuotedPiecesAndCounters() {
        #expect(
            PrintStyle.pageNumber("Página {pagina} de {paginas}")
                == #""Página " counter(page) " de " counter(pages)"#)
        #expect(PrintStyle.pageNumber("{pagina}/{paginas}") == #"counter(page) "/" counter(pages)"#)
        #expect(PrintStyle.pageNumber("p. {pagina}") == #""p. " counter(page)"#)
        #expect(PrintStyle.pageNumber("") == #""""#)
        #expect(PrintStyle.pageNumber("\"{pagina}") == #""\"" counter(page)"#)
    }

    @Test func headerAddsTheOrganizationUnlessTheTitleNamesIt() {
        let style = PrintStyle(strings: ["impresion_separador": " — "], paper: "letter")
        #expect(style.header(title: "Sesión", organization: "Colectivo") == "Sesión — Colectivo")
        #expect(style.header(title: "Colectivo: inicio", organization: "Colectivo") == "Colectivo: inicio")
        #expect(style.header(title: "Sesión", organization: nil) == "Sesión")
        let made = style.make(header: "Título \"x\"")
        #expect(made["encabezado"] as? String == #""Título \"x\"""#)
    }
}
