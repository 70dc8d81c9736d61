import Foundation
import Testing

/// What `content/libro.yml` says about reading the whole package: the sessions follow one another
/// with «anterior / siguiente» across the annexes, and every page and printout names the edition.
@Suite struct ShippedReadingTests {
    let site: ShippedSite

    init() throws {
        site = try ShippedSite.shared.get()
    }

    /// The address a page's «siguiente» or «anterior» link goes to, relative to it.
    func neighbour(_ relation: String, of path: String) throws -> String? {
        let nav = try #require(try site.page(path).between("<nav class=\"vecinas\"", "</nav>"))
        return nav.firstMatch(of: try Regex(#"href="([^"]+)" rel="\#(relation)""#))
            .map { String($0.output[1].substring ?? "") }
    }

    @Test(arguments: [
        ("anexos/anexo-1/sesion-3.html", "../sesion-4.html"),
        ("anexos/sesion-4.html", "sesion-5.html"),
        ("anexos/sesion-5.html", "sesion-6.html"),
    ])
    func eachSessionLeadsToTheNextOne(page: String, next: String) throws {
        #expect(try neighbour("next", of: page) == next)
    }

    @Test func theFourthSessionGoesBackToTheThird() throws {
        #expect(try neighbour("prev", of: "anexos/sesion-4.html") == "anexo-1/sesion-3.html")
    }

    /// Sessions 4 to 6 are Anexos 4 to 6 of the original, sessions 1 to 3 pages of Anexo 1; the
    /// navigation and the links name all six alike, «Sesión N: tema».
    @Test func theSixSessionsAreNamedAlikeWhereOtherPagesNameThem() throws {
        let page = try site.page("anexos/sesion-4.html")
        let nav = try #require(page.between("<nav class=\"navegacion\"", "</nav>"))
        #expect(nav.contains(#"<span class="numero">Anexo 3</span>"#))
        for number in 4...6 { #expect(!nav.contains(#"<span class="numero">Anexo \#(number)</span>"#)) }
        let neighbours = try #require(try site.page("anexos/anexo-1/sesion-3.html").between("rel=\"next\">", "</a>"))
        #expect(neighbours.hasSuffix("</span> Sesión 4: herramientas básicas para alianzas estratégicas"))
        // The page itself keeps its number.
        #expect(page.contains("<h1>Anexo 4. Sesión 4: herramientas básicas para alianzas estratégicas</h1>"))
    }

    @Test func everyPageAndItsPrintoutNameTheEdition() throws {
        let footer = #"<p class="edicion">Edición del 30 de noviembre de 2026</p>"#
        let margin = #"@bottom-left { content: "Edición del 30 de noviembre de 2026"; }"#
        let pages = site.pages.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 100)
        for (path, page) in pages {
            #expect(page.contains(footer), "\(path) no dice la edición al pie")
            #expect(PrintedPageTests.style(page).contains(margin), "\(path) no imprime la edición")
        }
    }

    /// `make site` writes the manual into `site-manual/` beside `site/`: every page's footer leads
    /// there (the crawler, given the manual as a neighbour, checks the link lands on a page).
    @Test func everyPageLinksTheManual() throws {
        let pages = site.pages.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 100)
        for (path, page) in pages {
            let depth = path.filter { $0 == "/" }.count
            let manual = String(repeating: "../", count: depth) + "../site-manual/index.html"
            let footer = try #require(page.between("<footer class=\"pie\"", "</footer>"), "\(path) no tiene pie")
            #expect(footer.contains("<a href=\"\(manual)\">Manual de libro</a>"), "\(path) no enlaza el manual")
        }
    }
}
