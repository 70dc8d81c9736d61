import Foundation
import LibroKit
import Testing

/// Heading anchors are letters, digits and `-`; every id the theme and libro write for their own
/// elements holds a `_`. Headings that spell the theme's names must not take its ids.
@Suite struct ReservedIDTests {
    static let headings = [
        "Libro contenido", "Libro navegación", "Libro navegación título", "Libro búsqueda",
        "Libro búsqueda estado", "Libro resultados", "Libro índice", "Libro menciones", "Mapa título",
        "C guía", "C guía introducción",
    ]

    @Test func headingsNamedLikeTheThemesElementsGetIdsOfTheirOwn() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        let body = Self.headings.map { "## \($0)\n\nTexto.\n" }.joined(separator: "\n")
        try "---\ntitulo: Nombres del tema\norden: 99\n---\n\n\(body)".write(
            to: content.appendingPathComponent("guia/nombres-del-tema.md"), atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("site")

        let report = Libro.build(Fixtures.options(content: content, output: output))

        #expect(report.diagnostics.errors.map(\.description) == [])
        #expect(try SiteCrawler.duplicateIDs(in: output) == [])
        let page = try String(contentsOf: output.appendingPathComponent("guia/nombres-del-tema.html"), encoding: .utf8)
        #expect(page.contains(#"<h2 id="libro-contenido">"#))
        #expect(page.contains(#"<main id="libro_contenido""#))
    }

    @Test func everyIdTheThemeWritesHoldsAnUnderscore() throws {
        let templates = Fixtures.theme.appendingPathComponent("plantillas")
        let literal = try Regex(#"\sid="([^"{]+)""#)
        var checked = 0
        for case let path as String in FileManager.default.enumerator(atPath: templates.path) ?? .init()
        where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(path), encoding: .utf8)
            for match in text.matches(of: literal) {
                let id = String(match.output[1].substring ?? "")
                #expect(id.contains("_"), "\(path): id=\"\(id)\"")
                checked += 1
            }
        }
        #expect(checked >= 10)
    }
}
