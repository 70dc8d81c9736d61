import Diagnostics
import Foundation
import Markdown
import Model
import TestSupport
import Testing

@testable import Load

@Suite struct ContentLoaderTests {
    func load(_ files: [String: String]) throws -> (LoadedContent, [String]) {
        let folder = try TemporaryFolder()
        for (path, text) in files { try folder.write(path, text) }
        let (content, diagnostics) = ContentLoader.load(from: folder.url, displayRoot: "content")
        return (try #require(content), diagnostics.sorted.map(\.description))
    }

    @Test func readsFrontMatterWithSpanishKeys() throws {
        let (content, problems) = try load([
            "guia/_index.md": "---\ntitulo: Guía\nnumeracion: romana\norden: 1\n---\n",
            "guia/a.md":
                "---\ntitulo: Introducción\nid: guia-intro\norden: 2\nnumero: \"3.1\"\nresumen: Breve.\n---\n# Hola\n",
        ])
        #expect(problems.isEmpty)
        #expect(content.pages.map(\.path) == ["guia/_index.md", "guia/a.md"])
        #expect(content.pages[0].frontMatter.numbering == .roman)
        #expect(
            content.pages[1].frontMatter
                == FrontMatter(
                    title: "Introducción",
                    id: "guia-intro",
                    idLocation: SourceLocation(file: "content/guia/a.md", line: 3, column: 5),
                    order: 2,
                    number: "3.1",
                    summary: "Breve."
                )
        )
    }

    /// Left-out values read as absent; quoted, the same words are text, and numbers stay as written.
    @Test func nullValuesAreLeftOutAndQuotedOnesAreText() throws {
        let (content, problems) = try load([
            "a.md": "---\ntitulo: A\nresumen: ~\nnumero: null\n---\n",
            "b.md": "---\ntitulo: B\nresumen:\nnumero: NULL\n---\n",
            "c.md": "---\ntitulo: \"null\"\nresumen: '~'\nnumero: 007\n---\n",
            "d.md": "---\ntitulo: D\nresumen: !!null \"nada\"\nnumero: !!null 8\n---\n",
        ])
        #expect(problems.isEmpty)
        // Tagged `!!null`, any value is left out.
        #expect(content.pages.map(\.frontMatter.summary) == [nil, nil, "~", nil])
        #expect(content.pages.map(\.frontMatter.number) == [nil, nil, "007", nil])
        #expect(content.pages[2].frontMatter.title == "null")
    }

    /// Spaces around a title go, whatever its first and last characters; inside, they stay.
    @Test func titlesLoseTheSpacesAroundThem() throws {
        let (content, problems) = try load([
            "a.md": "---\ntitulo: \"  Dos  palabras \"\n---\n",
            "b.md": "---\ntitulo: \"\u{3000}Ñandú\u{A0}\"\n---\n",
            "c.md": "---\ntitulo: Tal cual\n---\n",
        ])
        #expect(problems.isEmpty)
        #expect(content.pages.map(\.frontMatter.title) == ["Dos  palabras", "Ñandú", "Tal cual"])
    }

    @Test func unknownKeySuggestsTheClosestOne() throws {
        let (_, problems) = try load(["a.md": "---\ntitulo: A\ntitlo: B\nordem: 2\n---\n"])
        #expect(problems.count == 2)
        #expect(
            problems[0].hasPrefix(
                "content/a.md:3:1: error: clave desconocida «titlo» en el encabezado; ¿quisiste decir «titulo»?"))
        #expect(
            problems[1].hasPrefix(
                "content/a.md:4:1: error: clave desconocida «ordem» en el encabezado; ¿quisiste decir «orden»?"))
    }

    @Test func reportsBadValuesWhereTheyAre() throws {
        let (_, problems) = try load([
            "a.md": "---\ntitulo: A\norden: primero\n---\n",
            "b/_index.md": "---\ntitulo: B\nnumeracion: romanas\n---\n",
            "c.md": "---\ntitulo: C\nnumeracion: decimal\n---\n",
            "d.md": "---\ntitulo: D\nid: Con Espacios\n---\n",
        ])
        #expect(
            problems == [
                "content/a.md:3:8: error: `orden` debe ser un número entero [tipo-no-valido]",
                "content/b/_index.md:3:13: error: «romanas» no es un valor válido para `numeracion`; ¿quisiste decir «romana»? (valores válidos: romana, decimal, ninguna) [valor-no-valido]",
                "content/c.md:3:13: error: `numeracion` solo va en el `_index.md` de una carpeta: numera las páginas de esa sección [numeracion-fuera-de-seccion]",
                "content/d.md:3:5: error: el id «Con Espacios» solo puede llevar minúsculas sin acentos, dígitos, `-`, `_`, `.` y `/` [id-no-valido]",
            ]
        )
    }

    /// Front matter is optional (the first `#` heading is then the title), but once opened it
    /// must close and hold a title.
    @Test func frontMatterMustOpenAndClose() throws {
        let (content, problems) = try load([
            "a.md": "# Sin encabezado\n",
            "b.md": "---\ntitulo: B\n\nTexto\n",
            "c.md": "---\nresumen: sin título\n---\n",
        ])
        #expect(content.pages.map(\.frontMatter.title) == ["Sin encabezado"])
        #expect(problems.count == 2)
        #expect(
            problems[0].hasPrefix("content/b.md:1:1: error: el encabezado YAML que abre en la línea 1 nunca se cierra"))
        #expect(problems[1].hasPrefix("content/c.md:1:1: error: falta `titulo:`"))
    }

    @Test func yamlErrorsCarryFileLines() throws {
        let (_, problems) = try load(["a.md": "---\ntitulo: A\n\tid: x\n---\n"])
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("content/a.md:3:"))
        #expect(problems[0].contains("hay un tabulador en la sangría; sangra solo con espacios"))
    }

    @Test func duplicateKeysAreErrors() throws {
        let (_, problems) = try load(["a.md": "---\ntitulo: A\ntitulo: B\n---\n"])
        #expect(problems.count == 1)
        #expect(problems[0].contains("la clave «titulo» aparece más de una vez"))
    }

    @Test func linkColumnsCountCharactersAndLinesCountTheFrontMatter() throws {
        let (content, problems) = try load(["a.md": "---\ntitulo: A\n---\n\nAlianzas estratégicas: [ver](ref:x)\n"])
        #expect(problems.isEmpty)
        #expect(content.pages[0].links[0].location == SourceLocation(file: "content/a.md", line: 5, column: 24))
    }

    @Test func acceptsByteOrderMarkAndWindowsLineEnds() throws {
        let (content, problems) = try load(["a.md": "\u{FEFF}---\r\ntitulo: A\r\n---\r\n## Uno\r\n"])
        #expect(problems.isEmpty)
        #expect(content.pages[0].headings.map(\.text) == ["Uno"])
        #expect(content.pages[0].headings[0].location.line == 4)
    }

    @Test func rejectsInvalidUTF8() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]))
        let (_, diagnostics) = ContentLoader.load(from: folder.url, displayRoot: "content")
        #expect(diagnostics.sorted.map(\.code) == ["utf8-invalido"])
    }

    @Test func warnsAboutRawHTMLOncePerLine() throws {
        let (_, problems) = try load(["a.md": "---\ntitulo: A\n---\nUn <b>crudo</b>.\n"])
        #expect(
            problems == [
                "content/a.md:4:4: aviso: el HTML escrito en la página se omite; usa Markdown o activa `html_crudo: true` en libro.yml [html-omitido]"
            ])
    }

    /// The `fichas` mark is not raw HTML; one with no table right below it does nothing, and says so.
    @Test func warnsAboutACardsMarkWithNoTableBelowIt() throws {
        let (_, problems) = try load([
            "a.md":
                "---\ntitulo: A\n---\n<!-- fichas -->\n| a |\n| --- |\n| 1 |\n\n- uno\n\n  <!-- fichas -->\n  Texto.\n"
        ])
        #expect(
            problems == [
                "content/a.md:11:3: aviso: la marca `<!-- fichas -->` no va seguida de una tabla y no hace nada; escribe la tabla justo debajo de ella o quítala [fichas-sin-tabla]"
            ])
    }

    @Test func readsTheSiteConfig() throws {
        let (content, problems) = try load([
            "libro.yml": "titulo: Paquete\ncreditos: CSA\norganizaciones: [a, b]\nhtml_crudo: true\nidoma: es\n",
            "index.md": "---\ntitulo: Inicio\n---\n<div>x</div>\n",
            "foto.png": "png",
        ])
        #expect(content.config.title == "Paquete")
        #expect(content.config.credits == "CSA")
        #expect(content.config.organizations == ["a", "b"])
        #expect(content.config.allowsRawHTML)
        let body = try #require(content.bodies[0].prepared)
        let html = body.filled(anchors: [], links: [], mentions: MentionIndex([]), destinations: [], className: "t")
        #expect(html == "<div>x</div>\n")
        #expect(content.staticFiles == [StaticFile(path: "foto.png")])
        #expect(problems.count == 1)
        #expect(
            problems[0].hasPrefix(
                "content/libro.yml:5:1: error: clave desconocida «idoma» en libro.yml; ¿quisiste decir «idioma»?"))
    }

    /// A page with data blocks is rendered at LOAD too, each block left for RENDER to draw.
    @Test func preparesABodyWithDataBlocks() throws {
        let (content, problems) = try load([
            "sesion.md": "---\ntitulo: S\n---\n## Café\n```receso\n```\n\nEntre.\n\n## Comida\n```receso\n```\n"
        ])
        #expect(problems.isEmpty)
        #expect(content.pages.first?.blocks.count == 2)
        let body = try #require(content.bodies[0].prepared)
        let html = body.filled(
            anchors: ["cafe", "comida"], links: [], mentions: MentionIndex([]), destinations: [], className: "t",
            blocks: ["<div>receso</div>", nil])
        #expect(
            html
                == "<h2 id=\"cafe\">\nCafé\n</h2>\n<div>receso</div>\n<p>Entre.</p>\n<h2 id=\"comida\">\nComida\n</h2>\n"
                + "<pre><code class=\"language-receso\"></code></pre>\n")
    }

    @Test func readsTheReadingOrderAndTheEditionDate() throws {
        let (content, problems) = try load([
            "libro.yml": "titulo: P\norden_de_lectura:\n  - sesion-3\n  - sesion-4\nedicion: 2026-11-30\n"
        ])
        #expect(problems.isEmpty)
        #expect(content.config.readingOrder.map(\.text) == ["sesion-3", "sesion-4"])
        #expect(
            content.config.readingOrder.map(\.location) == [
                SourceLocation(file: "content/libro.yml", line: 3, column: 5),
                SourceLocation(file: "content/libro.yml", line: 4, column: 5),
            ])
        #expect(content.config.edition == CalendarDate(year: 2026, month: 11, day: 30))
    }

    @Test func aPageMayKeepItsNumberOutOfLinks() throws {
        let (content, problems) = try load([
            "a.md": "---\ntitulo: A\nnumero: \"Anexo 4\"\nnumero_en_enlaces: false\n---\n",
            "b.md": "---\ntitulo: B\n---\n",
        ])
        #expect(problems.isEmpty)
        #expect(content.pages.map(\.frontMatter.numberInLinks) == [false, true])
    }

    @Test func aBadEditionDateIsLocated() throws {
        let (content, problems) = try load(["libro.yml": "titulo: P\nedicion: 2026-02-30\n"])
        #expect(content.config.edition == nil)
        #expect(
            problems == [
                "content/libro.yml:2:10: error: «2026-02-30» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo `2026-11-30` [fecha-no-valida]"
            ])
    }
}
