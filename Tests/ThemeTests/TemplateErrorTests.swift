import Diagnostics
import Foundation
import Model
import Testing

@testable import Theme

/// A template that cannot be read is reported where the mistake is, in words a designer can act on.
@Suite struct TemplateErrorTests {
    private func error(_ text: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(text, name: "prueba", escaping: .html)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionPointsAtItsOpening() throws {
        let found = try #require(error("<p>\n  {{#lista}}\n  {{n}}\n"))
        #expect((found.line, found.column) == (2, 3))
        #expect(found.message == "`{{#lista}}` no se cierra; añade `{{/lista}}` donde termina")
    }

    @Test func wrongClosingNamesBoth() throws {
        let found = try #require(error("{{#a}}{{#b}}{{/a}}{{/b}}"))
        #expect((found.line, found.column) == (1, 13))
        #expect(found.message.contains("`{{/a}}` no corresponde a `{{#b}}`"))
    }

    @Test func strayClosingAndUnfinishedTags() throws {
        #expect(try #require(error("hola {{/a}}")).message.contains("no está abierta"))
        let unfinished = try #require(error("ñandú {{titulo"))
        #expect((unfinished.line, unfinished.column) == (1, 7))
        #expect(unfinished.message.contains("no se cierra"))
        #expect(try #require(error("{{{titulo}}")).message.contains("`}}}`"))
        #expect(try #require(error("{{}}")).message.contains("no tiene nombre"))
        #expect(try #require(error("{{pagina titulo}}")).message.contains("espacios"))
        #expect(try #require(error("{{first(lista)}}")).message.contains("paréntesis"))
        #expect(try #require(error("{{%CONTENT_TYPE: TEXT}}")).message.contains("pragmas"))
    }

    @Test func onlyBlocksGoInsideALayoutCall() throws {
        #expect(try #require(error("{{< base}}texto{{/base}}")).message.contains("solo van bloques"))
        #expect(try #require(error("{{< base}}{{titulo}}{{/base}}")).message.contains("solo van bloques"))
    }

    @Test func missingPartialIsReportedAtTheTagThatNamesIt() throws {
        let location = SourceLocation(file: "theme/plantillas/pagina.mustache", line: 1, column: 1)
        var theme = LoadedTheme(
            templates: [.init(name: "pagina", text: "<main>\n{{> parciales/pie}}\n</main>", location: location)],
            strings: [:], assets: [], assetsFolder: URL(fileURLWithPath: "/"), displayRoot: "theme")
        theme.templates += TemplateSet.required.filter { $0 != "pagina" }.map {
            .init(name: $0, text: "", location: SourceLocation(file: "theme/plantillas/\($0).mustache", line: 1))
        }
        var diagnostics = DiagnosticList()
        #expect(TemplateSet(theme: theme, diagnostics: &diagnostics) == nil)
        let problem = try #require(diagnostics.errors.first)
        #expect(problem.code == "plantilla-faltante")
        #expect(problem.location == SourceLocation(file: "theme/plantillas/pagina.mustache", line: 2, column: 1))
        #expect(problem.message.contains("`parciales/pie`"))
    }
}
