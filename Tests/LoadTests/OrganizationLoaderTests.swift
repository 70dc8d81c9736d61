import Diagnostics
import Foundation
import Model
import TestSupport
import Testing

@testable import Load

/// A fixture organization copied into a temporary content folder, where a test may change it.
struct OrganizationCopy {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/organizacion/content")
    static let fixture = package.appendingPathComponent("organizaciones/luz-del-valle")

    /// What the fixture package says an organization keeps.
    static let method: OrganizationMethod? = {
        guard let text = try? String(contentsOf: package.appendingPathComponent("metodo.yml"), encoding: .utf8) else {
            return nil
        }
        var diagnostics = DiagnosticList()
        return MethodDecoder.decode(
            SourceText(displayPath: "content/metodo.yml", text: text), diagnostics: &diagnostics
        )
        .organization
    }()

    let folder: TemporaryFolder
    var organization: URL { folder.url.appendingPathComponent("organizaciones/luz-del-valle") }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("organizaciones"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: organization)
    }

    /// Replaces `old` by `new` in one of the organization's files.
    func change(_ file: String, _ old: String, _ new: String) throws {
        let url = organization.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(file) no contiene «\(old)»")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func load(_ slugs: [String] = ["luz-del-valle"]) -> ([Organization], [String]) {
        let (organizations, diagnostics) = OrganizationLoader.load(
            slugs: slugs,
            method: Self.method,
            contentFolder: folder.url,
            displayRoot: "content",
            requestedAt: SourceLocation(file: "content/libro.yml", line: 5, column: 17)
        )
        return (organizations, diagnostics.sorted.map(\.description))
    }
}

/// One mistake a facilitator may make in the data files, and the error it must produce.
struct DataMistake: Sendable, CustomTestStringConvertible {
    let file: String
    let old: String
    let new: String
    let expected: String

    var testDescription: String { expected }

    static let all: [DataMistake] = [
        DataMistake(
            file: "perfil.yml", old: "mision:", new: "misoin:",
            expected:
                "content/organizaciones/luz-del-valle/perfil.yml:2:1: error: clave desconocida «misoin»; ¿quisiste decir «mision»?"
        ),
        DataMistake(
            file: "perfil.yml", old: "nivel: avanzado", new: "nivel: experto",
            expected:
                "content/organizaciones/luz-del-valle/perfil.yml:6:8: error: «experto» no es un valor válido para `nivel` (valores válidos: básico, intermedio, avanzado)"
        ),
        DataMistake(
            file: "perfil.yml", old: "fecha: 2027-03-15", new: "fecha: 2027-13-40",
            expected:
                "content/organizaciones/luz-del-valle/perfil.yml:14:12: error: «2027-13-40» no es una fecha; escríbela como AAAA-MM-DD"
        ),
        DataMistake(
            file: "perfil.yml", old: "inicio: \"16:30\"", new: "inicio: 4 de la tarde",
            expected:
                "content/organizaciones/luz-del-valle/perfil.yml:15:13: error: «4 de la tarde» no es una hora; escríbela entre comillas con 24 horas"
        ),
        DataMistake(
            file: "perfil.yml", old: "modalidad: webinar", new: "modalidad: virtual",
            expected:
                "content/organizaciones/luz-del-valle/perfil.yml:22:16: error: «virtual» no es un valor válido para `modalidad` (valores válidos: presencial, webinar)"
        ),
        DataMistake(
            file: "perfil.yml", old: "nombre: Red Luz del Valle, A.C.\n", new: "",
            expected: "content/organizaciones/luz-del-valle/perfil.yml:1:1: error: falta `nombre:` y es obligatorio"
        ),
        DataMistake(
            file: "actores.csv", old: "relacion,reglas", new: "relacon,reglas",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:1:36: error: columna desconocida «relacon»; ¿quisiste decir «relacion»?"
        ),
        DataMistake(
            file: "actores.csv", old: "débil,Solo compra", new: "amistosa,Solo compra",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:3:97: error: «amistosa» no es un valor válido para `relacion` (valores válidos: fuerte, colaborativa, débil, conflictiva)"
        ),
        DataMistake(
            file: "actores.csv", old: "Comprador,recursos", new: "Comprador;Aval;Vocero;Socio,recursos",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:3:67: error: `roles` admite hasta 3 valores separados por `;` y aquí hay 4"
        ),
        DataMistake(
            file: "actores.csv", old: "Pagan en efectivo y sin recibo,negativo,",
            new: "Pagan en efectivo, sin recibo,negativo,",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:4:1: error: esta fila tiene 11 campos y el encabezado 10"
        ),
        DataMistake(
            file: "actores.csv", old: "\"Pide volumen, no calidad\"", new: "\"Pide volumen, no calidad",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:3:143: error: las comillas que abren aquí nunca se cierran"
        ),
        DataMistake(
            file: "actores.csv", old: "coyotes-del-valle,", new: "vivero-tlaloc,",
            expected:
                "content/organizaciones/luz-del-valle/actores.csv:4:1: error: «vivero-tlaloc» ya es el id de otro registro de `actores`; cada id se usa una sola vez"
        ),
        DataMistake(
            file: "aliados/bodega-cachanilla.yml", old: "actor: bodega-cachanilla", new: "actor: bodega-cachanila",
            expected:
                "content/organizaciones/luz-del-valle/aliados/bodega-cachanilla.yml:1:8: error: «bodega-cachanila» no es el id de ningún registro de `actores`; ¿quisiste decir «bodega-cachanilla»?"
        ),
        DataMistake(
            file: "aliados/bodega-cachanilla.yml", old: "  reputacion:", new: "  reputasion:",
            expected:
                "content/organizaciones/luz-del-valle/aliados/bodega-cachanilla.yml:15:3: error: clave desconocida «reputasion»; ¿quisiste decir «reputacion»?"
        ),
        DataMistake(
            file: "aliados/bodega-cachanilla.yml", old: "metas: false", new: "metas: quizas",
            expected:
                "content/organizaciones/luz-del-valle/aliados/bodega-cachanilla.yml:23:12: error: `metas` debe ser `true` o `false`"
        ),
        DataMistake(
            file: "mapa-de-resultados.yml", old: "aliado: bodega-cachanilla", new: "aliado: vivero-tlaloc",
            expected:
                "content/organizaciones/luz-del-valle/mapa-de-resultados.yml:4:17: error: «vivero-tlaloc» no es el id de ningún registro de `aliados`"
        ),
        DataMistake(
            file: "mapa-de-resultados.yml", old: "estrategia: venta-directa", new: "estrategia: venta-indirecta",
            expected:
                "content/organizaciones/luz-del-valle/mapa-de-resultados.yml:2:17: error: «venta-indirecta» no es el id de ningún registro de `estrategias.transversales`"
        ),
        DataMistake(
            file: "estrategias.yml", old: "  venta-directa: 5", new: "  venta-directa: 5\n  ventas-directas: 2",
            expected:
                "content/organizaciones/luz-del-valle/estrategias.yml:21:3: error: «ventas-directas» no es el id de ningún registro de `estrategias.transversales`; ¿quisiste decir «venta-directa»?"
        ),
        DataMistake(
            file: "estrategias.yml", old: "lineas: [comercializacion, formacion]",
            new: "lineas: [comercializacion, formación]",
            expected:
                "content/organizaciones/luz-del-valle/estrategias.yml:17:13: error: «formación» no es el id de ningún registro de `estrategias.lineas_de_accion`; ¿quisiste decir «formacion»?"
        ),
        DataMistake(
            file: "plan-de-trabajo.csv", old: ",3;5", new: ",13-2",
            expected:
                "content/organizaciones/luz-del-valle/plan-de-trabajo.csv:4:72: error: «13-2» no son meses válidos"
        ),
        DataMistake(
            file: "plan-de-trabajo.csv", old: "1.1,Sesión 2", new: "3.1,Sesión 2",
            expected:
                "content/organizaciones/luz-del-valle/plan-de-trabajo.csv:3:1: error: «3.1» necesita antes una fila con el número «3»"
        ),
    ]
}

@Suite struct OrganizationLoaderTests {
    @Test func readsEveryFileOfTheFixture() throws {
        let copy = try OrganizationCopy()
        let (organizations, problems) = copy.load()
        #expect(problems == [])
        let organization = try #require(organizations.first)
        #expect(organization.name == "Red Luz del Valle, A.C.")
        #expect(organization.level == "avanzado")
        let actors = try #require(organization.file("actores"))
        #expect(actors.ids == ["vivero-tlaloc", "bodega-cachanilla", "coyotes-del-valle"])
        #expect(actors.records[0]["roles"] == .list([.text("Proveedor de plántulas"), .text("Convocante")]))
        #expect(actors.records[0].text("reglas") == "Acuerdos en asamblea, por escrito")
        #expect(organization.file("aliados")?.ids == ["bodega-cachanilla"])
        #expect(organization.file("plan_de_trabajo")?.records[2]["meses"] == .list([.number(3), .number(5)]))
        #expect(
            organization.calendar.map { "\($0.session) \($0.date?.spanish ?? "") \($0.startMinute)" } == [
                "2 lunes 15 de marzo de 2027 990", "6 lunes 10 de mayo de 2027 540",
            ])
        // Fields left out are there, empty, so templates never see a missing key.
        #expect(organization.value(at: "aliados")?.list.first?.value(at: "implementacion.mou.anexos") == .flag(false))
    }

    @Test(arguments: DataMistake.all)
    func eachMistakeIsALocatedError(_ mistake: DataMistake) throws {
        let copy = try OrganizationCopy()
        try copy.change(mistake.file, mistake.old, mistake.new)
        let (_, problems) = copy.load()
        #expect(problems.contains { $0.hasPrefix(mistake.expected) }, "\(problems)")
    }

    @Test func everyMistakeOfARunIsReportedTogether() throws {
        let copy = try OrganizationCopy()
        var changed: Set<String> = []
        // One mistake per place: the first of each file whose text is still there to change.
        for mistake in DataMistake.all where changed.insert("\(mistake.file) \(mistake.old)").inserted {
            let text = try String(contentsOf: copy.organization.appendingPathComponent(mistake.file), encoding: .utf8)
            guard text.contains(mistake.old), mistake.file != "actores.csv" || mistake.old.hasPrefix("relacion") else {
                continue
            }
            try copy.change(mistake.file, mistake.old, mistake.new)
        }
        let (_, problems) = copy.load()
        #expect(problems.filter { $0.contains(": error: ") }.count >= 12, "\(problems)")
    }

    @Test func unknownFilesAndOrganizationsAreReported() throws {
        let copy = try OrganizationCopy()
        try Data("x".utf8).write(to: copy.organization.appendingPathComponent("perfl.yml"))
        let (_, problems) = copy.load(["luz-del-valle", "otra"])
        #expect(
            problems == [
                "content/libro.yml:5:17: error: no existe la organización «otra» en content/organizaciones/ (hay: luz-del-valle) [organizacion-no-encontrada]",
                "content/organizaciones/luz-del-valle/perfl.yml:1:1: error: libro no sabe qué hacer con «perfl.yml» en una organización; ¿quisiste decir «perfil.yml»? (archivos válidos: perfil.yml, actores.csv, aliados/<id>.yml, estrategias.yml, mapa-de-resultados.yml, plan-de-trabajo.csv, organizacion.xlsx, respuestas/<hoja>.yml) [archivo-desconocido]",
            ]
        )
    }
}

@Suite struct CSVTableTests {
    func parse(_ text: String) -> Result<CSVTable, Diagnostic> {
        CSVTable.parse(SourceText(displayPath: "content/a.csv", text: text))
    }

    @Test func readsQuotesCommasAndLineBreaksInsideQuotes() throws {
        let table = try parse("a,b,c\n\"uno, dos\",\"dice \"\"hola\"\"\",\"línea\nnueva\"\n x , y ,\n\n").get()
        #expect(table.header.map(\.text) == ["a", "b", "c"])
        #expect(table.rows.map { $0.map(\.text) } == [["uno, dos", "dice \"hola\"", "línea\nnueva"], ["x", "y", ""]])
        #expect(table.rows[1][0].line == 4)
        #expect(table.rows[0].map(\.column) == [1, 12, 28])
    }

    @Test func refusesUnbalancedQuotesWhereTheyOpen() {
        guard case .failure(let problem) = parse("a,b\n1,\"sin cerrar\n2,3\n") else {
            Issue.record("se esperaba un error")
            return
        }
        #expect(problem.location == SourceLocation(file: "content/a.csv", line: 2, column: 3))
        #expect(problem.code == "csv-comillas-sin-cerrar")
    }

    @Test func refusesTextAfterAClosingQuote() {
        guard case .failure(let problem) = parse("a\n\"x\"y\n") else {
            Issue.record("se esperaba un error")
            return
        }
        #expect(problem.code == "csv-texto-tras-comillas")
    }
}
