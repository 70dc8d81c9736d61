import Foundation
import LibroKit
import Testing

/// The example package in `ejemplos/movilizacion-de-recursos/`, built with `theme/` once for
/// every test here: a method of its own (other components, modalities, levels, sessions 10, 20
/// and 30, a donors map and a fundraising plan) that libro builds with no change to its code.
final class SecondPackageSite: Sendable {
    static let shared = Result { try SecondPackageSite() }
    static let content = Fixtures.repository.appendingPathComponent("ejemplos/movilizacion-de-recursos")
    static let organization = "organizaciones/letras-del-altiplano"

    let report: BuildReport
    let files: [String: Data]
    let crawlProblems: [String]

    private init() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        report = Libro.build(Fixtures.options(content: Self.content, output: output))
        files = try snapshot(of: output)
        crawlProblems = try SiteCrawler.problems(in: output)
    }

    func page(_ path: String) throws -> String {
        String(decoding: try #require(files[path], "falta \(path)"), as: UTF8.self)
    }

    /// The files the build wrote itself: every one but the theme's resources, copied as they are.
    var written: [String: String] {
        var written: [String: String] = [:]
        for (path, data) in files {
            let theme = Fixtures.theme.appendingPathComponent(path)
            if path.hasPrefix("recursos/"), (try? Data(contentsOf: theme)) == data { continue }
            written[path] = String(decoding: data, as: UTF8.self)
        }
        return written
    }
}

@Suite struct SecondPackageTests {
    let site: SecondPackageSite

    init() throws {
        site = try SecondPackageSite.shared.get()
    }

    @Test func buildsWithNoErrorOrWarningAndEveryLinkResolves() {
        #expect(site.report.wroteSite)
        #expect(site.report.diagnostics.errors.map(\.description) == [])
        #expect(site.report.diagnostics.warnings.map(\.description) == [])
        #expect(site.crawlProblems == [])
    }

    @Test func everyPageOfThePackageAndOfItsOrganizationIsThere() throws {
        let base = SecondPackageSite.organization
        let donors = ["fundacion-semilla-lectora", "cooperativa-el-quetzalito", "agencia-cooperacion-norte"]
        let expected =
            [
                "index.html", "guia/enfoque.html", "guia/recorrido.html", "guia/preparar.html",
                "sesiones/sesion-10.html", "sesiones/sesion-20.html", "sesiones/sesion-30.html", "glosario.html",
                "hojas/paquete-sesion-20-participantes.html", "hojas/paquete-sesion-30-facilitacion.html",
                "\(base)/index.html",
                "\(base)/donantes/index.html", "\(base)/plan-de-procuracion.html", "\(base)/sesiones/sesion-10.html",
                "\(base)/hojas/paquete-sesion-20-participantes.html",
                "\(base)/hojas/paquete-sesion-20-facilitacion.html",
            ] + donors.map { "\(base)/donantes/\($0).html" }
        #expect(expected.filter { site.files[$0] == nil } == [])
        // The cartas speak the method's words.
        #expect(
            try Self.missing(
                in: site.page("sesiones/sesion-30.html"),
                [
                    "<h1>Sesión 30: plan de procuración y carta de intención</h1>",
                    "<dt>Componente</dt><dd>planeación</dd>", "<dd>inicial y consolidado</dd>",
                    "<dd>presencial o en línea</dd>",
                ]) == [])
        // The organization's path is its level's, with its calendar and the level's note.
        #expect(
            try Self.missing(
                in: Self.body(of: site.page("\(base)/index.html")),
                [
                    "Organización ficticia", "Para el nivel\n<strong>inicial</strong>",
                    #"<a href="../../sesiones/sesion-20.html">Sesión 20</a>"#,
                    #"<a href="sesiones/sesion-30.html">jueves 8 de abril de 2027</a>"#,
                    #"envía su primera\#n<a class="termino" href="../../glosario.html#carta-de-intencion">carta de intención</a>"#,
                ]) == [])
    }

    @Test func theDonorsPagesFollowThePlansReferences() throws {
        let base = SecondPackageSite.organization
        #expect(
            try Self.missing(
                in: Self.body(of: site.page("\(base)/donantes/municipalidad-totonicapan.html")),
                [
                    "<strong>Municipalidad de San Cristóbal Totonicapán</strong>",
                    "<td>Pedir audiencia con la comisión de educación para dar seguimiento a la carta</td>",
                ]) == [])
        #expect(
            try Self.missing(
                in: site.page("\(base)/plan-de-procuracion.html"),
                [#"<a href="donantes/municipalidad-totonicapan.html">Municipalidad de San Cristóbal"#]) == [])
        #expect(
            try Self.missing(
                in: site.page("\(base)/donantes/index.html"), [#"<h3 id="carta-enviada">\#nCarta enviada\#n</h3>"#])
                == [])
    }

    @Test func worksheetsPrintBlankAndFilledForTheOrganizationAndForEachDonor() throws {
        let base = SecondPackageSite.organization
        let blank = try #require(Self.form(in: try site.page("hojas/hoja-ficha-de-donante.html")))
        #expect(Self.missing(in: blank, ["Nombre del donante"]) == [])
        #expect(Self.present(in: blank, ["Semilla Lectora", #"class="respuesta""#]) == [])
        let perDonor = try #require(
            Self.form(in: try site.page("\(base)/hojas/hoja-ficha-de-donante-fundacion-semilla-lectora.html")))
        #expect(
            Self.missing(
                in: perDonor,
                [
                    "<span>Donante: <strong>Fundación Semilla Lectora</strong></span>",
                    #"<p class="respuesta">en conversación</p>"#,
                    #"<p class="respuesta">lectura infantil; bibliotecas; formación docente</p>"#,
                    #"<p class="respuesta">60000</p>"#,
                ]) == [])
        #expect(Self.present(in: perDonor, ["Quetzalito"]) == [])
        // One filled copy per donor of the CSV.
        #expect(site.files.keys.filter { $0.hasPrefix("\(base)/hojas/hoja-ficha-de-donante-") }.count == 6)

        let blankPlan = try #require(Self.form(in: try site.page("hojas/hoja-plan-de-procuracion.html")))
        #expect(Self.present(in: blankPlan, ["Quetzalito", "☑"]) == [])
        let plan = try #require(Self.form(in: try site.page("\(base)/hojas/hoja-plan-de-procuracion.html")))
        #expect(
            Self.missing(
                in: plan,
                [
                    #"<p class="respuesta">Reunir 180 000 quetzales en 2027"#,
                    #"<td data-etiqueta="Acción">Enviar la carta de intención antes de la asamblea de la cooperativa</td>"#
                        + #"<td data-etiqueta="Donante">Cooperativa de Ahorro El Quetzalito</td>"#
                        + #"<td data-etiqueta="Fecha">2027-05-15</td>"#,
                    "☑</span> Un presupuesto claro de lo que proponemos",
                    "☐</span> La aprobación de la junta directiva",
                ]) == [])
    }

    @Test func agendasRunFromTheirStart() throws {
        let scheduled = try site.page("\(SecondPackageSite.organization)/sesiones/sesion-30.html")
        #expect(
            try AgendaTable.clock(in: scheduled) == [
                "17:00–17:30", "17:30–18:20", "18:20–18:30", "18:30–19:30", "19:30–19:50", "19:50–20:00",
            ])
        #expect(Self.missing(in: scheduled, ["en modalidad\nen línea"]) == [])
        let guide = try site.page("guia/recorrido.html")
        #expect(
            try AgendaTable.clock(in: guide) == [
                "17:00–17:15", "17:15–17:45", "17:45–18:30", "18:30–18:45", "18:45–19:45", "19:45–20:00",
            ])
    }

    @Test func theSearchIndexHoldsThePackageAndItsGlossary() throws {
        let pieces = site.files.keys.filter { $0.hasPrefix("recursos/busqueda/") }.sorted()
        #expect(try site.page("recursos/busqueda/indice.js").hasPrefix(#"window.LIBRO_BUSQUEDA.recibir("indice","#))
        let index = try pieces.map { try site.page($0) }.joined()
        #expect(
            Self.missing(
                in: index,
                [
                    #","sesiones/sesion-20.html","Sesión 20: el mapa de donantes"]"#,
                    #","\#(SecondPackageSite.organization)/plan-de-procuracion.html","Plan de procuración"]"#,
                    // Glossary variants are one group: «donantes» finds «donante».
                    #""donante":"~1","donantes":"~1""#,
                    "Fundación Semilla Lectora",
                ]) == [])
        #expect(
            try Self.missing(
                in: site.page("buscar.html"),
                ["<title>Resultados de la búsqueda · Paquete de Solución: Movilización de Recursos</title>"]) == [])
    }

    /// Words of the shipped package that have nothing to do in this one.
    static let shippedWords = [
        "Alianza", "alianza", "ALIANZA", "aliad", "Aliad", "5R", "Ruta Crítica", "ruta crítica",
        "due diligence", "Due diligence", "actores", "Actores", "Social Impact", "USAID", "CSA", "Voces del Bravo",
        "Ciudad Juárez", "webinar", "networking", "Networking", "elevator pitch", "Elevator", "MoU", "Libro de Trabajo",
        "mapeo", "Mapeo", "sistema local", "Mapa del sistema", "matriz", "Matriz", "Anexo", "sociedad civil", "OSC",
        "básico", "intermedio", "avanzado", "Sesión 6", "creación de capacidades", "sesiones de trabajo",
    ]

    @Test func noWordOfTheShippedPackageReachesTheSite() {
        var found: [String] = []
        for (path, text) in site.written.sorted(by: { $0.key < $1.key }) {
            for word in Self.shippedWords where text.contains(word) { found.append("\(path): «\(word)»") }
        }
        #expect(found == [])
        #expect(site.written.count > 40)
    }

    /// Which of `texts` `page` lacks.
    static func missing(in page: some StringProtocol, _ texts: [String]) -> [String] {
        let read = readable(page)
        return texts.filter { !read.contains($0) }
    }

    /// Which of `texts` `page` holds.
    static func present(in page: some StringProtocol, _ texts: [String]) -> [String] {
        let read = readable(page)
        return texts.filter { read.contains($0) }
    }

    /// The page without the invisible marks of where a table cell's words may break and where not.
    static func readable(_ page: some StringProtocol) -> String {
        String(page.filter { $0 != "\u{AD}" && $0 != "\u{2060}" })
    }

    /// A page's own text: no navigation, no neighbours.
    static func body(of page: String) -> Substring {
        guard let start = page.range(of: #"<div class="cuerpo">"#),
            let end = page.range(of: "</article>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return page[start.upperBound..<end.lowerBound]
    }

    /// A page's first worksheet form.
    static func form(in page: String) -> Substring? {
        guard let start = page.range(of: #"<section class="hoja"#),
            let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex)
        else { return nil }
        return page[start.lowerBound..<end.upperBound]
    }
}

/// Five mistakes in the example organization's data, each where a facilitator would make it,
/// each answered by one located error that says what to change; nothing is written.
@Suite struct SecondPackageBadDataTests {
    @Test func fiveMistakesGiveFiveLocatedErrors() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: SecondPackageSite.content, to: content)
        let data = content.appendingPathComponent(SecondPackageSite.organization)
        try Self.edit(data.appendingPathComponent("donantes.csv")) { csv in
            csv
                // A column renamed by hand.
                .replacingOccurrences(
                    of: "ultimo_contacto,responsable,notas", with: "ultimo_contacto,responsables,notas"
                )
                // A stage the method does not have.
                .replacingOccurrences(of: "15000,primer contacto,2027-01-29", with: "15000,negociando,2027-01-29")
                // 30 February.
                .replacingOccurrences(of: "12000,en conversación,2027-02-25", with: "12000,en conversación,2027-02-30")
        }
        try Self.edit(data.appendingPathComponent("plan-de-procuracion.yml")) { plan in
            plan
                // A donor's id misspelt: the action names no donor.
                .replacingOccurrences(
                    of: "donante: municipalidad-totonicapan", with: "donante: municipalidad-totonicapam"
                )
                // An action without what to do.
                .replacingOccurrences(
                    of: "    accion: Enviar fotografías de los libros en uso y una carta de agradecimiento\n", with: "")
        }

        let run = CapturedRun(["build", "--content", "content", "--theme", Fixtures.theme.path], in: folder.url)

        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
        let errors = BadInputTests.errors(in: run.error)
        let file = "content/\(SecondPackageSite.organization)"
        #expect(
            errors.map(\.located) == [
                "\(file)/donantes.csv:1:63 [columna-desconocida]",
                "\(file)/donantes.csv:3:96 [valor-no-valido]",
                "\(file)/donantes.csv:5:137 [fecha-no-valida]",
                "\(file)/plan-de-procuracion.yml:30:14 [referencia-no-encontrada]",
                "\(file)/plan-de-procuracion.yml:42:5 [falta-campo]",
            ])
        let messages = errors.map(\.message)
        #expect(messages.count == 5)
        guard messages.count == 5 else { return }
        #expect(messages[0].contains("columna desconocida «responsables»; ¿quisiste decir «responsable»?"))
        #expect(messages[1].contains("«negociando» no es un valor válido para `etapa`"))
        #expect(messages[1].contains("por investigar, primer contacto, en conversación"))
        #expect(messages[2].contains("«2027-02-30» no es una fecha; escríbela como AAAA-MM-DD"))
        #expect(
            messages[3].contains(
                "«municipalidad-totonicapam» no es el id de ningún registro de `donantes`; ¿quisiste decir «municipalidad-totonicapan»?"
            ))
        #expect(messages[4].contains("falta `accion:` en `acciones` y es obligatorio"))
    }

    private static func edit(_ file: URL, _ change: (String) -> String) throws {
        let before = try String(contentsOf: file, encoding: .utf8)
        let after = change(before)
        #expect(after != before)
        try Data(after.utf8).write(to: file)
    }
}
