import Diagnostics
import Model
import Testing

@testable import Link

@Suite struct ReadingOrderTests {
    /// Two sections whose sessions the reader follows across them.
    let package = [
        page("index.md", "Inicio"),
        page("libro/_index.md", "Libro", id: "libro", order: 1),
        page("libro/s1.md", "Sesión 1", id: "s1", order: 1),
        page("libro/s2.md", "Sesión 2", id: "s2", order: 2),
        page("libro/tema.md", "Tema", id: "tema", order: 3),
        page("anexos/_index.md", "Anexos", id: "anexos", order: 2),
        page("anexos/caso.md", "Caso", id: "caso", order: 1),
        page("anexos/s3.md", "Sesión 3", id: "s3", order: 2),
    ]

    func linked(_ order: [String]) -> (LinkedSite, [String]) {
        var config = SiteConfig()
        config.readingOrder = order.enumerated().map {
            LocatedText($1, at: SourceLocation(file: "content/libro.yml", line: 2 + $0, column: 5))
        }
        let (site, diagnostics) = SiteLinker.link(
            pages: package, staticFiles: [], config: config, displayRoot: "content")
        return (site, diagnostics.sorted.map(\.description))
    }

    /// The ids of the pages from the home page on, following «siguiente».
    func reading(_ site: LinkedSite) -> [String] {
        var ids: [String] = []
        var page: Int? = 0
        while let index = page {
            ids.append(site.pages[index].id)
            page = site.pages[index].next
        }
        return ids
    }

    @Test func withoutAnOrderNeighboursFollowTheTree() {
        let (site, problems) = linked([])
        #expect(problems.isEmpty)
        #expect(reading(site) == ["inicio", "libro", "s1", "s2", "tema", "anexos", "caso", "s3"])
    }

    @Test func listedPagesAreReadInTheListedOrderFromTheFirstOnesPlace() {
        let (site, problems) = linked(["s1", "s2", "s3"])
        #expect(problems.isEmpty)
        #expect(reading(site) == ["inicio", "libro", "s1", "s2", "s3", "tema", "anexos", "caso"])
        let s3 = site.pages.firstIndex { $0.id == "s3" }
        let s2 = site.pages.firstIndex { $0.id == "s2" }
        #expect(site.pages[s3 ?? 0].previous == s2)
    }

    @Test func aListedSectionBringsThePagesUnderItThatTheListDoesNotPlace() {
        let (site, problems) = linked(["libro", "s3", "tema"])
        #expect(problems.isEmpty)
        #expect(reading(site) == ["inicio", "libro", "s1", "s2", "s3", "tema", "anexos", "caso"])
    }

    @Test func anUnknownOrRepeatedIdIsReportedWhereItIsWritten() {
        let (site, problems) = linked(["s1", "s22", "s1"])
        #expect(
            problems == [
                "content/libro.yml:3:5: error: no existe ninguna página con el id «s22», que `orden_de_lectura` pone en el orden de lectura; ¿quisiste decir «s2»? [ref-no-encontrada]",
                "content/libro.yml:4:5: error: «s1» ya está antes en `orden_de_lectura`; una página se lee una sola vez, quita una de las dos [orden-repetido]",
            ])
        #expect(reading(site) == ["inicio", "libro", "s1", "s2", "tema", "anexos", "caso", "s3"])
    }
}
