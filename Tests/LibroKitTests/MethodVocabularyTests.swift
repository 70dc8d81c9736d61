import Foundation
import LibroKit
import Testing

/// A carta's component, levels and modalities are the package's words, declared in its
/// `metodo.yml`: another package names them its own way, and a carta that strays gets a located
/// error with the closest word.
@Suite struct MethodVocabularyTests {
    static let method = """
        componentes: [diagnóstico, planeación]
        modalidades: [en línea, presencial]
        niveles:
          - nombre: inicial
            sesiones: [1]
          - nombre: consolidado
            sesiones: [1, 2]
        """

    func build(carta: String, method: String = method) throws -> BuildReport {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        try method.write(to: content.appendingPathComponent("metodo.yml"), atomically: true, encoding: .utf8)
        for session in 1...2 {
            let page = """
                ---
                titulo: Sesión \(session)
                ---

                ```carta
                sesion: \(session)
                \(carta)
                ```
                """
            try page.write(
                to: content.appendingPathComponent("guia/sesion-\(session).md"), atomically: true, encoding: .utf8)
        }
        return Libro.check(Fixtures.options(content: content, output: folder.url.appendingPathComponent("site")))
    }

    @Test func aPackageNamesItsLevelsComponentsAndModalitiesItsOwnWay() throws {
        let report = try build(
            carta: "componente: diagnóstico\nniveles: [inicial, consolidado]\nmodalidades: [en línea]")
        #expect(report.diagnostics.errors.map(\.description) == [])
    }

    @Test func aCartaThatStraysFromTheMethodGetsTheClosestWord() throws {
        let report = try build(carta: "componente: diagnostico\nniveles: [inicial, consolidada]\nmodalidades: webinar")
        let errors = report.diagnostics.errors.filter { $0.location.file.hasSuffix("sesion-1.md") }
        #expect(
            errors.map { "\($0.location.line):\($0.location.column) \($0.message)" }.sorted()
                == [
                    "7:13 «diagnostico» no es un componente del paquete; ¿quisiste decir «diagnóstico»? (componentes de metodo.yml: diagnóstico, planeación)",
                    "8:20 «consolidada» no es un nivel del paquete; ¿quisiste decir «consolidado»? (niveles de metodo.yml: inicial, consolidado)",
                    "9:14 «webinar» no es una modalidad del paquete (modalidades de metodo.yml: en línea, presencial)",
                ].sorted())
        #expect(report.diagnostics.errors.count == 6)
        #expect(Set(report.diagnostics.errors.map(\.code)) == ["valor-no-valido"])
    }

    @Test func everySessionALevelTakesNeedsItsCarta() throws {
        let method = Self.method.replacingOccurrences(of: "sesiones: [1, 2]", with: "sesiones: [1, 2, 7]")
        let report = try build(carta: "niveles: [inicial]", method: method)
        #expect(
            report.diagnostics.errors.map { "\($0.location.line):\($0.location.column) [\($0.code)]" } == [
                "7:15 [sesion-sin-carta]"
            ])
    }

    @Test func aPackageWithoutAMethodTakesAnyWord() throws {
        let report = try build(carta: "componente: lo que sea\nniveles: [cualquiera]", method: "")
        #expect(report.diagnostics.errors.map(\.description) == [])
    }
}
