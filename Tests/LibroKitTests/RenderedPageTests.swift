import Foundation
import LibroKit
import Testing

/// What readers see in the pages of the fixture package.
@Suite struct RenderedPageTests {
    let pages: [String: String]

    init() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: output))
        #expect(report.diagnostics.warnings.map(\.code) == ["html-omitido"])
        pages = try snapshot(of: output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func safeModeDropsScriptsAndRendersTables() throws {
        let page = try #require(pages["guia/introduccion.html"])
        // The theme's own three scripts, and none from the content.
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(!page.contains("alert("))
        #expect(page.contains("<table>"))
        #expect(page.contains("<del>nada</del>"))
        #expect(
            page.contains(
                #"<span class="casilla" aria-hidden="true">☑</span><span class="solo-lectores">(hecho)</span> hecho"#))
        #expect(!page.contains(#"<input type="checkbox""#))
    }

    @Test func pagesAreSpanishWithNumberedTitlesAndHeadingIDs() throws {
        let page = try #require(pages["guia/introduccion.html"])
        #expect(page.contains("<html lang=\"es\">"))
        #expect(page.contains("<h1>I. Introducción</h1>"))
        #expect(page.contains("<h2 id=\"que-es\">"))
        #expect(page.contains("<h2 id=\"que-es-2\">"))
        #expect(page.contains(##"<li class="nivel-2"><a href="#que-es-2">Qué es</a></li>"##))
    }

    @Test func backlinksNameThePagesThatLinkHere() throws {
        let target = try #require(pages["guia/introduccion.html"])
        let backlinks = try #require(target.firstRange(of: "Se menciona en").map { target[$0.lowerBound...] })
        #expect(
            backlinks.contains(
                #"<a href="../libro/capitulo-3/entendiendo/mapeo.html">3.1.1 Mapeo de nuestro sistema</a>"#))
        let source = try #require(pages["libro/capitulo-3/entendiendo/mapeo.html"])
        #expect(source.contains(#"<a href="../../../guia/introduccion.html">introducción</a>"#))
        #expect(pages["guia/objetivos.html"]?.contains("Se menciona en") == true)
        #expect(pages["libro/index.html"]?.contains("Se menciona en") == false)
    }

    @Test func navigationBreadcrumbsAndNeighbours() throws {
        let page = try #require(pages["libro/capitulo-3/entendiendo/mapeo.html"])
        #expect(page.contains(#"<li><a href="../../index.html">Libro de Trabajo</a></li>"#))
        #expect(page.contains(#"<li aria-current="page">3.1.1 Mapeo de nuestro sistema</li>"#))
        #expect(
            page.contains(
                #"<a href="mapeo.html" aria-current="page"><span class="numero">3.1.1</span> Mapeo de nuestro sistema</a>"#
            ))
        #expect(
            page.contains(
                #"<a class="anterior" href="index.html" rel="prev"><span>Anterior</span> 3.1 Entendiendo nuestro sistema</a>"#
            ))
        #expect(!page.contains("class=\"siguiente\""))
    }

    @Test func emptyReferencesTakeTheTargetTitle() throws {
        let page = try #require(pages["index.html"])
        #expect(
            page.contains(#"<a href="libro/capitulo-3/entendiendo/index.html">3.1 Entendiendo nuestro sistema</a>"#))
    }

    @Test func sitemapAndNotFoundPage() throws {
        #expect(pages["sitemap.xml"]?.contains("<loc>libro/capitulo-3/entendiendo/mapeo.html</loc>") == true)
        #expect(pages["404.html"]?.contains("Página no encontrada") == true)
    }
}
