import Model
import Testing

@testable import Link

@Suite struct SiteLinkerTests {
    let package = [
        page("index.md", "Inicio", links: ["ref:lt-3-1#las-5r", "guia/b.md"]),
        page("guia/_index.md", "Guía", id: "guia", order: 1, numbering: .roman),
        page("guia/b.md", "Beneficios", order: 3, links: ["a.md#que-es"]),
        page("guia/a.md", "Introducción", order: 2, headings: ["Qué es", "Qué es"]),
        page("libro/_index.md", "Libro de Trabajo", order: 2, numbering: .decimal),
        page("libro/c3/_index.md", "Nuestro sistema", number: "3"),
        page("libro/c3/s1/_index.md", "Entendiendo nuestro sistema", id: "lt-3-1", order: 1, headings: ["Las 5R"]),
        page("libro/c3/s1/mapeo.md", "Mapeo de nuestro sistema", links: ["ref:lt-3-1"]),
        page("libro/c3/s2.md", "Sistema ideal", order: 2),
    ]

    @Test func ordersPagesDepthFirstByOrden() {
        let (site, problems) = link(package)
        #expect(problems.isEmpty)
        #expect(
            site.pages.map(\.outputPath) == [
                "index.html", "guia/index.html", "guia/a.html", "guia/b.html", "libro/index.html",
                "libro/c3/index.html", "libro/c3/s1/index.html", "libro/c3/s1/mapeo.html", "libro/c3/s2.html",
            ]
        )
        #expect(site.pages.map(\.previous) == [nil, 0, 1, 2, 3, 4, 5, 6, 7])
        #expect(site.navigation.map(\.page) == [1, 4])
        #expect(site.navigation[1].children[0].children.map(\.page) == [6, 8])
    }

    @Test func numbersRomanAndDecimalAsThePackageDoes() {
        let (site, _) = link(package)
        #expect(site.pages.map(\.number) == [nil, nil, "I", "II", nil, "3", "3.1", "3.1.1", "3.2"])
        #expect(site.pages[2].numberedTitle == "I. Introducción")
        #expect(site.pages[5].numberedTitle == "3. Nuestro sistema")
        #expect(site.pages[7].numberedTitle == "3.1.1 Mapeo de nuestro sistema")
    }

    @Test func idsComeFromFrontMatterOrPath() {
        let (site, _) = link(package)
        #expect(site.pages.map(\.id).prefix(4) == ["inicio", "guia", "guia/a", "guia/b"])
        #expect(site.pages[6].id == "lt-3-1")
    }

    @Test func resolvesReferencesToRelativeURLs() {
        let (site, _) = link(package)
        #expect(
            site.pages[0].links == [
                ResolvedLink(destination: "libro/c3/s1/index.html#las-5r", fillText: nil),
                ResolvedLink(destination: "guia/b.html", fillText: nil),
            ]
        )
        #expect(site.pages[3].links == [ResolvedLink(destination: "a.html#que-es", fillText: nil)])
        #expect(site.pages[2].anchors == ["que-es", "que-es-2"])
    }

    @Test func fillsEmptyLinksWithTheTargetTitle() {
        let (site, _) = link([
            page("index.md", "Inicio", links: ["ref:a", "ref:a#las-5r"], emptyLinks: true),
            page("a.md", "Las erres", id: "a", headings: ["Las 5R"]),
        ])
        #expect(site.pages[0].links.map { $0?.fillText } == ["Las erres", "Las 5R"])
    }

    /// `numero_en_enlaces: false` keeps a page's number to the page itself.
    @Test func aPageMayKeepItsNumberOutOfOtherPagesLinks() {
        var annex = page("b.md", "Sesión 4", id: "b", number: "Anexo 4")
        annex.frontMatter.numberInLinks = false
        let (site, _) = link([
            page("index.md", "Inicio", links: ["ref:a", "ref:b"], emptyLinks: true),
            page("a.md", "Casos", id: "a", number: "Anexo 3"),
            annex,
        ])
        #expect(site.pages[0].links.map { $0?.fillText } == ["Anexo 3. Casos", "Sesión 4"])
        #expect(site.pages.map(\.linkNumber) == [nil, "Anexo 3", nil])
        #expect(site.pages[2].numberedTitle == "Anexo 4. Sesión 4")
    }

    @Test func backlinksListTheLinkingPages() {
        let (site, _) = link(package)
        #expect(site.pages[6].backlinks == [0, 7])
        #expect(site.pages[2].backlinks == [3])
        #expect(site.pages[0].backlinks.isEmpty)
    }

    @Test func everyBrokenReferenceIsReportedWithItsPlace() {
        let (_, problems) = link([
            page(
                "index.md", "Inicio",
                links: ["ref:lt-3-2", "falta.md", "ref:a#las-6r", "#nada", "/abs.html", "../../x.md"]),
            page("a.md", "A", id: "lt-3-1", headings: ["Las 5R"]),
        ])
        #expect(
            problems == [
                "content/index.md:20:3: error: no existe ninguna página con el id «lt-3-2»; ¿quisiste decir «lt-3-1»? [ref-no-encontrada]",
                "content/index.md:21:3: error: no existe el archivo «falta.md» al que enlaza «falta.md» [archivo-no-encontrado]",
                "content/index.md:22:3: error: no existe ninguna página con el id «a» [ref-no-encontrada]",
                "content/index.md:23:3: error: la página «Inicio» (content/index.md) no tiene el encabezado «#nada» [ancla-no-encontrada]",
                "content/index.md:24:3: error: «/abs.html» empieza con `/` y no funcionaría al abrir el sitio desde una carpeta; usa una ruta relativa o `ref:id` [ruta-absoluta]",
                "content/index.md:25:3: error: «../../x.md» sale de la carpeta de contenido; enlaza solo archivos que estén dentro, y otro sitio por su dirección completa, con https:// [ruta-fuera-de-contenido]",
            ]
        )
    }

    @Test func missingAnchorSuggestsTheClosest() {
        let (_, problems) = link([
            page("index.md", "Inicio", links: ["ref:a#las-6r"]),
            page("a.md", "A", id: "a", headings: ["Las 5R"]),
        ])
        #expect(
            problems == [
                "content/index.md:20:3: error: la página «A» (content/a.md) no tiene el encabezado «#las-6r»; ¿quisiste decir «las-5r»? [ancla-no-encontrada]"
            ]
        )
    }

    /// Each suggestion is compared with every heading, so a page of many broken links gets them
    /// for its first problems only.
    @Test func onlyAPagesFirstProblemsGetSuggestions() {
        let (_, problems) = link([
            page("index.md", "Inicio", links: (1...30).map { "a.md#seccion-\($0)x" }),
            page("a.md", "A", headings: (1...30).map { "Sección \($0)" }),
        ])
        let suggested = problems.filter { $0.contains("¿quisiste decir") }
        #expect(problems.count == 30)
        #expect(suggested.count == LinkResolver.suggestedProblems)
    }

    @Test func staticFilesAreValidTargets() {
        let (site, problems) = link(
            [page("guia/_index.md", "Guía", links: ["../img/mapa%20uno.png"]), page("index.md", "Inicio")],
            staticFiles: ["img/mapa uno.png"]
        )
        #expect(problems.isEmpty)
        #expect(site.pages[1].links == [nil])
    }

    @Test func theRootHasAHomePageNotASectionIndex() {
        let (_, problems) = link([page("index.md", "Inicio"), page("_index.md", "Raíz")])
        let expected = "content/_index.md:1:1: error: la carpeta de contenido no lleva `_index.md`"
        #expect(problems.contains { $0.hasPrefix(expected) })
    }

    @Test func reportsDuplicateIdsMissingSectionIndexAndHome() {
        let (_, problems) = link([
            page("a.md", "A", id: "x"),
            page("b.md", "B", id: "x"),
            page("sin/c.md", "C"),
        ])
        #expect(
            problems == [
                "content/b.md:1:1: error: el id «x» ya lo usa content/a.md; cada página necesita un id único [id-duplicado]",
                "content/index.md:1:1: error: falta la página de inicio: crea `index.md` en la carpeta de contenido, con su `titulo` [sin-inicio]",
                "content/sin/c.md:1:1: error: la carpeta «sin» es una sección pero no tiene `_index.md`; créalo con el `titulo` de la sección [seccion-sin-indice]",
            ]
        )
    }
}

@Suite struct OutputClashTests {
    @Test func pagesAndFilesMayNotTakeThemePaths() {
        let (_, problems) = link(
            [page("index.md", "Inicio"), page("404.md", "Otra 404"), page("recursos/_index.md", "Recursos")],
            staticFiles: ["sitemap.xml"]
        )
        #expect(
            problems == [
                "content/404.md:1:1: error: «404.html» lo escribe el tema; cambia el nombre o la carpeta de este archivo [salida-reservada]",
                "content/recursos/_index.md:1:1: error: «recursos/index.html» lo escribe el tema; cambia el nombre o la carpeta de este archivo [salida-reservada]",
                "content/sitemap.xml:1:1: error: «sitemap.xml» lo escribe el tema; cambia el nombre o la carpeta de este archivo [salida-reservada]",
            ]
        )
    }

    @Test func twoPagesMayNotShareAnOutputFile() {
        let (_, problems) = link([
            page("index.md", "Inicio"), page("guia/_index.md", "Guía"), page("guia/index.md", "Otra", id: "otra"),
        ])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("[salida-duplicada]") == true)
    }
}
