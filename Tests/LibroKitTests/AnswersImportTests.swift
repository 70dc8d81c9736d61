import Foundation
import Testing

@testable import LibroKit

/// `libro importar`: answers filled in the browser, checked, shown, stored beside the data
/// files and put over them by the build.
@Suite struct AnswersImportTests {
    typealias PackageCopy = OrganizationWorkbookTests.PackageCopy

    static let header = "formato: libro-respuestas-1\norganizacion: voces-del-bravo\nhojas:\n"

    /// Runs `libro importar` on `text` written to `r.yml` beside the copied package.
    static func run(_ text: String, in copy: PackageCopy, _ extra: [String] = ["--si"]) throws -> CapturedRun {
        try Data(text.utf8).write(to: copy.folder.url.appendingPathComponent("r.yml"))
        return CapturedRun(
            ["importar", "r.yml", "--organizacion", copy.slug, "--content", copy.content.path] + extra,
            in: copy.folder.url)
    }

    /// The actors table's rows as the browser writes them back: one per actor, the first renamed.
    static func actorRows(_ copy: PackageCopy, first: String) throws -> String {
        let csv = try String(contentsOf: copy.organization.appendingPathComponent("actores.csv"), encoding: .utf8)
        let count = csv.split(separator: "\n").count - 1
        return "        - actor: \"\(first)\"\n" + String(repeating: "        - {}\n", count: count - 1)
    }

    @Test func importedAnswersFillTheSheetsEscapedAndLeaveTheDataFilesAlone() throws {
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        let before = try snapshot(of: copy.organization)
        let text =
            Self.header + "  - hoja: hoja-sistema-actual\n    respuestas:\n"
            + "      perfil.mision: \"Misión \\\"nueva\\\" <script>alert(1)</script>\"\n      actores:\n"
            + (try Self.actorRows(copy, first: "Vivero <script>alert(2)</script>"))
            + "  - hoja: hoja-mou\n    registro: fondo-juventudes-sin-violencia\n    respuestas:\n"
            + "      aliado.implementacion.mou.objetivos: true\n"
        let run = try Self.run(text, in: copy, ["--si", "--reemplazar"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.out.contains("perfil.mision: «"))
        #expect(run.out.contains("actores: 14 filas → 14 filas"))
        let after = try snapshot(of: copy.organization)
        #expect(after.filter { !$0.key.hasPrefix("respuestas/") } == before)
        #expect(after["respuestas/hoja-mou--fondo-juventudes-sin-violencia.yml"] != nil)
        let (report, site) = copy.build("sitio")
        #expect(report.diagnostics.errors.map(\.description) == [])
        let pages = try snapshot(of: site).filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(pages.values.contains { $0.contains("Vivero &lt;script&gt;alert(2)&lt;/script&gt;") })
        #expect(pages.values.contains { $0.contains("&lt;script&gt;alert(1)&lt;/script&gt;") })
        #expect(!pages.values.contains { $0.contains("<script>alert(") })
    }

    @Test func withoutTheConfirmationNothingIsWritten() throws {
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        let before = try snapshot(of: copy.organization)
        let text =
            Self.header + "  - hoja: hoja-mou\n    registro: fondo-juventudes-sin-violencia\n"
            + "    respuestas:\n      aliado.implementacion.mou.objetivos: true\n"
        let run = try Self.run(text, in: copy, [])
        #expect(run.status == 1)
        #expect(run.error.contains("agrega --si"))
        #expect(try snapshot(of: copy.organization) == before)
    }

    @Test func storedAnswersThatContradictTheDataAreALocatedError() throws {
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        let answers = copy.organization.appendingPathComponent("respuestas")
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        try Data("hoja: \"hoja-sistema-actual\"\nvalores:\n  \"perfil.mision\": \"Otra\"\n".utf8)
            .write(to: answers.appendingPathComponent("hoja-sistema-actual.yml"))
        let (report, _) = copy.build("sitio")
        let errors = report.diagnostics.errors.map(\.description)
        #expect(
            errors.contains {
                $0.contains("respuestas/hoja-sistema-actual.yml:3:") && $0.contains("perfil.yml:2:")
                    && $0.contains("[respuesta-en-conflicto]")
            }, "\(errors)")
    }

    /// Bad answers files: each refused with an error located in it, and nothing changed.
    static let badFiles: [(name: String, text: String, extra: [String], expected: String)] = [
        ("yaml", "formato: [libro\n", [], "r.yml:"),
        ("formato", "formato: otra-cosa\n", [], "r.yml:1:10: error: `formato:`"),
        (
            "organizacion", "formato: libro-respuestas-1\norganizacion: otra\nhojas: []\n", [],
            "r.yml:2:15: error: estas respuestas son de la organización «otra»"
        ),
        ("hoja", header + "  - hoja: hoja-que-no-existe\n", [], "r.yml:4:11: error: el paquete no tiene la hoja"),
        (
            "dato", header + "  - hoja: hoja-sistema-actual\n    respuestas:\n      perfil.color: \"rojo\"\n", [],
            "r.yml:6:7: error: la hoja «hoja-sistema-actual» no tiene el dato «perfil.color»"
        ),
        (
            "opcion",
            header + "  - hoja: hoja-matriz-5r\n    respuestas:\n      actores:\n        - relacion: regular\n",
            ["--reemplazar"], "r.yml:7:21: error: «regular» no es un valor válido para `relacion`"
        ),
        (
            "columna", header + "  - hoja: hoja-matriz-5r\n    respuestas:\n      actores:\n        - color: rojo\n",
            [], "r.yml:7:11: error: la tabla `actores` no tiene la columna «color»"
        ),
        (
            "conflicto", header + "  - hoja: hoja-sistema-actual\n    respuestas:\n      perfil.mision: \"Otra\"\n", [],
            "r.yml:6:22: error: «perfil.mision» ya tiene otro valor en los datos"
        ),
        (
            "sin-registro", header + "  - hoja: hoja-mou\n    respuestas: {}\n", [],
            "r.yml:4:5: error: la hoja «hoja-mou» se llena una vez por cada registro"
        ),
        (
            "registro-sobrante", header + "  - hoja: hoja-sistema-actual\n    registro: x\n", [],
            "r.yml:5:5: error: la hoja «hoja-sistema-actual» se llena una sola vez"
        ),
        (
            "referencia",
            header + "  - hoja: hoja-matriz-5r\n    respuestas:\n      actores:\n        - actor: \"Solo uno\"\n",
            ["--reemplazar"], "«fondo-juventudes-sin-violencia» no es el id de ningún registro de `actores`"
        ),
        (
            "grande", "formato: libro-respuestas-1\n# " + String(repeating: "x", count: 1_100_000) + "\n", [],
            "r.yml:1:1: error: el archivo pesa"
        ),
    ]

    @Test(arguments: badFiles.indices)
    func aBadAnswersFileIsRefusedWithALocatedErrorAndChangesNothing(_ index: Int) throws {
        let bad = Self.badFiles[index]
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        let before = try snapshot(of: copy.organization)
        let run = try Self.run(bad.text, in: copy, ["--si"] + bad.extra)
        #expect(run.status == 1, "\(bad.name)")
        #expect(run.error.contains(bad.expected), "\(bad.name): \(run.error.prefix(600))")
        #expect(try snapshot(of: copy.organization) == before, "\(bad.name)")
    }
}
