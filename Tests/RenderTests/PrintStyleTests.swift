import Diagnostics
import Model
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

    /// A sheet used in several sessions prints the earliest of them the organization has dated.
    @Test func worksheetDateIsTheEarliestDatedSessionOfTheSheet() {
        func session(_ number: Int, _ date: String) -> ScheduledSession {
            ScheduledSession(
                session: number, date: CalendarDate(text: date), startMinute: 540, place: "", modality: "",
                location: SourceLocation(file: "perfil.yml"))
        }
        let organization = Organization(
            slug: "o", folder: "o", files: [],
            calendar: [session(5, "2027-04-21"), session(4, "2027-03-30"), session(2, ""), session(1, "2027-01-05")])
        #expect(BlockContext.date(in: organization, sessions: [4, 5])?.spanishDate == "30 de marzo de 2027")
        #expect(BlockContext.date(in: organization, sessions: [5])?.spanishDate == "21 de abril de 2027")
        #expect(BlockContext.date(in: organization, sessions: [2, 3]) == nil)
    }
}
