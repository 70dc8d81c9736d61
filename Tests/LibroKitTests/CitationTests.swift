import Foundation
import LibroKit
import Testing

/// Citations name their bibliography entry by its `clave`; text that reads like a citation and
/// links nowhere is a warning. How citations are drawn and linked is pinned by the expected site
/// of the imprimir fixture (`ExpectedSiteTests`).
@Suite struct CitationTests {
    static let bibliography = """
        ---
        titulo: Referencias
        ---

        ```referencias
        - clave: covey-1989
          autores: Covey, S. R.
          anio: "1989"
          titulo: Los 7 hábitos de la gente altamente efectiva
        - clave: austin-2000
          autores: Austin, J. E.
          anio: "2000"
          titulo: The Collaboration Challenge
        ```
        """

    /// The report of a build of basico with this bibliography and page.
    func build(_ page: String, bibliography: String = bibliography) throws -> BuildReport {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        try bibliography.write(
            to: content.appendingPathComponent("guia/referencias.md"), atomically: true, encoding: .utf8)
        try page.write(to: content.appendingPathComponent("guia/citas.md"), atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("site")
        return Libro.build(Fixtures.options(content: content, output: output))
    }

    @Test func refusesUnknownKeysAndKeysUsedTwice() throws {
        let twice = Self.bibliography.replacingOccurrences(of: "clave: austin-2000", with: "clave: covey-1989")
        let report = try build("---\ntitulo: Citas\n---\n\nVer [Covey](cita:covy-1989).\n", bibliography: twice)
        #expect(
            report.diagnostics.errors.map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
                "10:10 cita-duplicada", "5:5 cita-no-encontrada",
            ])
        #expect(report.diagnostics.errors.last?.message.contains("¿quisiste decir «covey-1989»?") == true)
    }

    @Test func warnsAboutCitationsThatLinkNowhere() throws {
        let report = try build("---\ntitulo: Citas\n---\n\nComo dice Austin (2000) y otro (Covey, 1989).\n")
        #expect(
            report.diagnostics.warnings.filter { $0.code == "cita-sin-enlace" }.map {
                "\($0.location.line):\($0.location.column) \($0.message.prefix(22))"
            } == ["5:11 «Austin (2000)» parece", "5:32 «(Covey, 1989)» parece"])
    }
}
