// Fuzz target: cross-references. The input is the Markdown body of one page of a small fixed site;
// LINK places, numbers and resolves it against the others, then its body is rewritten the way
// RENDER does it (glossary mentions, heading anchors, links). See Tests/Fuzz/run.sh.
import Diagnostics
import Foundation
import FuzzDriver
import Link
import Load
import Markdown
import Model

/// The repository, found from this file so the target runs from any folder.
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Where the fuzzed page sits: two folders deep, so `../` paths have somewhere to go.
private let fuzzedPath = "guia/capitulo/pagina.md"

/// The fixed pages around it: a home page, numbered sections, a page with headings to point at,
/// a glossary (its terms are linked in the fuzzed body), a worksheet and session 1's carta.
private let fixedPages: [(path: String, text: String)] = [
    (
        "index.md",
        """
        ---
        titulo: Inicio
        ---
        Ver la [guía](ref:guia), la [página](guia/capitulo/pagina.md) y el [](ref:glosario).
        """
    ),
    (
        "guia/_index.md",
        """
        ---
        titulo: Guía
        id: guia
        numeracion: decimal
        ---
        ## Presentación
        """
    ),
    (
        "guia/introduccion.md",
        """
        ---
        titulo: Introducción
        id: guia-introduccion
        orden: 1
        ---
        ## Qué es una alianza

        ## Las 5R

        ### Roles y relaciones

        ## Las 5R

        Ver [](ref:pagina#inicio) y [la página](capitulo/pagina.md).
        """
    ),
    (
        "guia/capitulo/_index.md",
        """
        ---
        titulo: Capítulo
        numero: "7"
        ---
        Un capítulo con [](ref:guia-introduccion#las-5r-2).
        """
    ),
    (
        "glosario.md",
        """
        ---
        titulo: Glosario
        id: glosario
        ---
        ## Alianza estratégica

        ```termino
        variantes: [alianzas estratégicas, alianza]
        ```

        Una relación entre actores. Ver [](ref:guia-introduccion).

        ## Organización de la sociedad civil

        ```termino
        variantes: [organizaciones de la sociedad civil]
        siglas: [OSC]
        ```

        Ver [](ref:guia-introduccion#que-es-una-alianza).
        """
    ),
    (
        "anexos/_index.md",
        """
        ---
        titulo: Anexos
        id: anexos
        numeracion: romana
        ---
        """
    ),
    (
        "anexos/hoja-matriz-5r.md",
        """
        ---
        titulo: Matriz de las 5R
        id: hoja-matriz-5r
        ---
        ```hoja
        sesiones: [2]
        partes:
          - tabla:
              titulo: "Matriz de las 5R"
              columnas: ["Actor", "Roles", "Relación"]
              filas: 3
              datos: actores
              campos: [actor, roles, relacion]
          - preguntas:
              titulo: "Lectura del mapa"
              elementos:
                - texto: "¿Qué observamos?"
                  lineas: 2
        ```
        """
    ),
    (
        "anexos/sesion-1.md",
        """
        ---
        titulo: Sesión 1
        id: sesion-1
        ---
        ```carta
        sesion: 1
        componente: creación de capacidades
        objetivo: Conocer las alianzas
        duracion: 2 h
        niveles: [básico]
        modalidades: [presencial]
        ```

        ## Bienvenida

        ```actividad
        duracion: 1 h
        ```

        ## Cierre

        ```actividad
        duracion: 1 h
        ```
        """
    ),
]

/// Short cartas for sessions 2 to 6, so every session the example organization schedules exists.
private let sessionPages: [(path: String, text: String)] = (2...6).map { session in
    (
        "anexos/sesion-\(session).md",
        """
        ---
        titulo: Sesión \(session)
        id: sesion-\(session)
        orden: \(session)
        ---
        ```carta
        sesion: \(session)
        componente: creación de capacidades
        objetivo: Trabajar
        duracion: 1 h
        niveles: [básico]
        modalidades: [presencial]
        ```

        ## Trabajo

        ```actividad
        duracion: 1 h
        ```
        """
    )
}

private let staticFiles = ["img/mapa.png", "guia/capitulo/tabla.pdf"].map(StaticFile.init(path:))

/// What every input shares, made once: the fixed pages and the shipped example organization, so
/// blocks naming `voces-del-bravo` and its allies resolve.
private struct Fixture {
    let pages: [SourcePage]
    let organizations: [Organization]
    let method: PackageMethod

    init() {
        var diagnostics = DiagnosticList()
        pages = (fixedPages + sessionPages).map { path, text in
            guard
                let (page, _) = GeneratedPageLoader.load(
                    path: path, text: text, displayRoot: "content", options: MarkdownOptions(),
                    diagnostics: &diagnostics)
            else { fatalError("fuzz-references: the fixed page \(path) does not load: \(diagnostics.sorted)") }
            return page
        }
        method = MethodDecoder.read(from: repository.appendingPathComponent("content"), displayRoot: "content").0
        let (organizations, problems) = OrganizationLoader.load(
            slugs: ["voces-del-bravo"],
            method: method.organization,
            contentFolder: repository.appendingPathComponent("content"),
            displayRoot: "content",
            requestedAt: SourceLocation(file: "content/libro.yml")
        )
        guard !problems.hasErrors else { fatalError("fuzz-references: the example organization does not load") }
        self.organizations = organizations
    }
}

nonisolated(unsafe) private var fixture: Fixture?

private func run(_ data: Data) {
    if fixture == nil { fixture = Fixture() }
    guard let fixture else { return }
    // The body only: the front matter stays valid so every input reaches LINK.
    let text = "---\ntitulo: Página\nid: pagina\nsesiones: [1]\n---\n" + String(decoding: data, as: UTF8.self)
    var diagnostics = DiagnosticList()
    guard
        let (page, body) = GeneratedPageLoader.load(
            path: fuzzedPath, text: text, displayRoot: "content", options: MarkdownOptions(), diagnostics: &diagnostics)
    else { return }
    let (site, problems) = SiteLinker.link(
        pages: fixture.pages + [page],
        staticFiles: staticFiles,
        config: SiteConfig(organizations: ["voces-del-bravo"]),
        method: fixture.method,
        organizations: fixture.organizations,
        displayRoot: "content"
    )
    _ = problems.sorted.map(\.description)
    guard let index = site.pages.firstIndex(where: { $0.source == fixture.pages.count }) else { return }
    let linked = site.pages[index]
    // What RENDER does to a body with the linked page, through the Markdown module's public API.
    let document = body.parse()
    let destinations = site.glossary.map { entry in
        entry.page == index
            ? "" : URLPath.relative(from: linked.outputPath, to: site.pages[entry.page].outputPath) + "#" + entry.anchor
    }
    document.linkFirstMentions(
        using: MentionIndex(site.glossary.map { ($0.forms, $0.exactForms) }),
        destinations: destinations,
        className: "termino"
    )
    document.setHeadingAnchors(linked.anchors)
    document.rewriteLinks { link, _ in
        linked.links[link].map { LinkRewrite(destination: $0.destination, fillText: $0.fillText) }
    }
    _ = document.renderHTML()
}

@main
enum Fuzzer {
    static func main() throws { try FuzzDriver.run(run) }
}
