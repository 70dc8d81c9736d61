import Foundation
import LibroKit
import Testing

/// Cartas, glossary terms and references as readers see them in the built pages.
@Suite struct CartaPageTests {
    let pages: [String: String]
    let warnings: [String]
    let problems: [String]

    init() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: Fixtures.content("cartas"), output: output))
        warnings = report.diagnostics.warnings.map(\.description)
        pages = try snapshot(of: output).mapValues { String(decoding: $0, as: UTF8.self) }
        problems = try SiteCrawler.problems(in: output)
    }

    @Test func theAgendaHasClockTimesAndBothTotals() throws {
        let page = try #require(pages["sesion-1.html"])
        let agenda = try #require(page.firstRange(of: "<table class=\"agenda\">").map { page[$0.lowerBound...] })
        let rows = agenda.matches(
            of: /<td class="hora">([^<]*)<\/td><td>(.*?)<\/td><td><a href="#([^"]*)">([^<]*)<\/a>/)
        #expect(
            rows.map { "\($0.output.1) | \($0.output.2) | \($0.output.3) | \($0.output.4)" } == [
                "09:00–10:00 | 1 h | presentacion | Presentación",
                "10:00 | <em>sin duración en el paquete</em> | receso-para-cafe | Receso para café",
                "10:00–12:30 | 2 h 30 min | conceptos-basicos | Conceptos básicos",
                "12:30–13:15 | 45 min | pausa-para-comer | Pausa para comer",
                "13:15–13:45 | 30 min | cierre | Cierre",
            ]
        )
        #expect(
            page.contains(
                #"<dt>Suma de la agenda</dt><dd>4 h 45 min <span class="desglose">(4 h de actividades + 45 min de recesos y comidas)</span></dd>"#
            ))
        #expect(page.contains("<dt>Duración declarada en el paquete</dt><dd>8 h</dd>"))
        #expect(page.contains("Diferencia: 3 h 15 min de menos."))
        #expect(page.contains("<dd>básico, intermedio y avanzado</dd>"))
        #expect(page.contains("<li>Rotafolio</li>\n<li>Plumones</li>\n<li>Tarjetas de conceptos</li>\n</ul>"))
        #expect(!page.contains("```"))
        #expect(!page.contains("duracion:"))
    }

    @Test func eachActivityShowsItsTimeUnderItsHeading() throws {
        let page = try #require(pages["sesion-1.html"])
        #expect(
            page.contains(
                "<h2 id=\"conceptos-basicos\">\nConceptos básicos\n</h2>\n<div class=\"ficha-actividad\">\n<p class=\"ficha-tiempo\"><span class=\"hora\">10:00–12:30</span> · <strong>2 h 30 min</strong></p>"
            ))
        #expect(page.contains("Receso para café · 10:00 · el paquete no indica su duración"))
        #expect(page.contains("Pausa para comer · <span class=\"hora\">12:30–13:15</span>"))
    }

    @Test func theMismatchIsAWarningAtTheDeclaredDuration() {
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.contains("sesion-1.md:11:11: aviso: las duraciones de la carta suman 4 h 45 min") == true)
    }

    @Test func firstMentionsLinkToTheGlossary() throws {
        let page = try #require(pages["sesion-1.html"])
        #expect(
            page.contains(
                #"<p>Una sesión para que cada <a class="termino" href="glosario.html#organizacion-de-la-sociedad-civil">OSC</a> entienda qué es una <a class="termino" href="glosario.html#alianza-estrategica">alianza estratégica</a> y vuelva a leer sobre alianzas estratégicas.</p>"#
            ))
        let glossary = try #require(pages["glosario.html"])
        #expect(!glossary.contains("class=\"termino\""))
        #expect(
            glossary.contains("<p class=\"termino-formas\">También se escribe: <span>alianzas estratégicas</span> </p>")
        )
    }

    @Test func referencesAreFormattedAndLinked() throws {
        let page = try #require(pages["glosario.html"])
        #expect(
            page.contains(
                "<li>Austin, J. E. (2000). <cite>The Collaboration Challenge</cite>. San Francisco, CA: Jossey-Bass.</li>"
            ))
        #expect(
            page.contains(
                #"<a href="https://www.entrepreneur.com/article/196758?a=1&amp;b=2">https://www.entrepreneur.com/article/196758?a=1&amp;b=2</a>"#
            ))
    }

    @Test func everyAgendaAndGlossaryLinkResolves() {
        #expect(problems == [])
    }
}
