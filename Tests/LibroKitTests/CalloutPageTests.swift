import Foundation
import LibroKit
import Testing

/// Callouts drawn by the theme with the label its strings give, the same way on every page.
@Suite struct CalloutPageTests {
    @Test func drawsEachKindWithItsLabelAndWarnsAboutUnknownKinds() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        try """
        ---
        titulo: Avisos
        ---

        > [!AGREGADO] opcional, unos 15 minutos
        > Un paso que el original no tiene; ver [](ref:guia-introduccion).

        > [!Corrección]
        > El original dice otra cosa.

        > [!AGREGDO]
        > Mal escrito.
        """.write(to: content.appendingPathComponent("guia/avisos.md"), atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("site")

        let report = Libro.build(Fixtures.options(content: content, output: output))

        #expect(report.diagnostics.errors.map(\.description) == [])
        #expect(
            report.diagnostics.warnings.filter { $0.code == "aviso-desconocido" }.map(\.description) == [
                "\(content.path)/guia/avisos.md:11:1: aviso: «agregdo» no es un tipo de aviso que el tema conozca; ¿quisiste decir «agregado»? (tipos: agregado, correccion, original); se muestra como una cita [aviso-desconocido]"
            ])
        let page = try String(contentsOf: output.appendingPathComponent("guia/avisos.html"), encoding: .utf8)
        #expect(
            page.contains(
                #"<aside class="aviso aviso-agregado" aria-label="Agregado en esta edición"><p class="aviso-titulo">Agregado en esta edición<span class="aviso-detalle"> · opcional, unos 15 minutos</span></p>"#
            ))
        #expect(page.contains(#"ver <a href="introduccion.html">"#))
        #expect(page.contains(#"<p class="aviso-titulo">Corrección al original</p>"#))
        #expect(page.contains("<blockquote>\n<p>[!AGREGDO]"))
        #expect(!page.contains("[!AGREGADO]"))
    }
}
