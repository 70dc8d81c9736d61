import Foundation
import LibroKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The shipped content with a second organization beside the sample, built for each of them.
final class OrganizationSites: Sendable {
    static let shared = Result { try OrganizationSites() }

    /// Built for the sample organization, with the fixture organization present in `content/`.
    let sample: [String: String]
    /// Built for the fixture organization.
    let fixture: [String: String]
    let fixtureReport: BuildReport
    let crawlProblems: [String]
    let fixtureOrganization = Fixtures.content("organizacion").appendingPathComponent("organizaciones/luz-del-valle")

    private init() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        try FileManager.default.copyItem(
            at: fixtureOrganization, to: content.appendingPathComponent("organizaciones/luz-del-valle"))
        func build(_ slug: String) throws -> (BuildReport, [String: String], URL) {
            let output = folder.url.appendingPathComponent("site-\(slug)")
            var options = Fixtures.options(content: content, output: output)
            options.organizations = [slug]
            let report = Libro.build(options)
            return (report, try snapshot(of: output).mapValues { String(decoding: $0, as: UTF8.self) }, output)
        }
        let (sampleReport, sample, sampleOutput) = try build("voces-del-bravo")
        #expect(sampleReport.diagnostics.errors.map(\.description) == [])
        self.sample = sample
        (fixtureReport, fixture, _) = try build("luz-del-valle")
        crawlProblems = try SiteCrawler.problems(
            in: sampleOutput, neighbours: [Fixtures.manual(beside: sampleOutput)])
    }
}

@Suite struct OrganizationSiteTests {
    let sites: OrganizationSites

    init() throws {
        sites = try OrganizationSites.shared.get()
    }

    @Test func anotherOrganizationsDataNeverReachesTheSite() throws {
        #expect(sites.fixtureReport.succeeded)
        // Strings found only in the fixture organization's files.
        let unique = ["Luz del Valle", "Cachanilla", "Tláloc", "Rosaura Quintero", "Castañón", "Francisco Zarco"]
        for (path, text) in sites.sample {
            for word in unique {
                #expect(!text.contains(word), "\(path) contiene «\(word)»")
            }
        }
        #expect(!sites.sample.keys.contains { $0.contains("luz-del-valle") })
        #expect(sites.fixture.keys.contains("organizaciones/luz-del-valle/index.html"))
        for (path, text) in sites.fixture {
            #expect(!text.contains("Voces del Bravo"), "\(path) contiene «Voces del Bravo»")
        }
    }

    @Test func everyLinkOfTheOrganizationsPagesResolves() {
        #expect(sites.crawlProblems == [])
    }

    @Test func agendasRunFromEachScheduledStart() throws {
        let afternoon = try #require(sites.fixture["organizaciones/luz-del-valle/sesiones/sesion-2.html"])
        #expect(
            try AgendaTable.clock(in: afternoon) == [
                // The coffee break the package leaves unsized takes the method's assumed 15 minutes.
                "16:30–17:30", "17:30–18:00", "18:00–18:15", "18:15–23:15", "23:15–23:45",
            ])
        let morning = try #require(sites.fixture["organizaciones/luz-del-valle/sesiones/sesion-6.html"])
        #expect(
            try AgendaTable.clock(in: morning) == [
                "09:00–09:05", "09:05–09:15", "09:15–10:00", "10:00–10:20", "10:20–10:50", "10:50–11:00",
                "11:00–13:30", "13:30–13:45",
            ])
        #expect(morning.contains("lunes 10 de mayo de 2027"))
        // The activities link back to the carta's steps.
        #expect(morning.contains(#"<a href="../../../anexos/sesion-6.html#mapeo-de-resultados">"#))
    }

    @Test func theSystemMapDrawsEveryActorOnce() throws {
        let svg = try #require(sites.sample["organizaciones/voces-del-bravo/mapa-del-sistema.svg"])
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(try document.nodes(forXPath: "//*[local-name()='title']").count == 1)
        let description = try #require(try document.nodes(forXPath: "//*[local-name()='desc']").first?.stringValue)
        let actors = try String(
            contentsOf: Fixtures.repository.appendingPathComponent(
                "content/organizaciones/voces-del-bravo/actores.csv"),
            encoding: .utf8
        ).split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(actors.count >= 12)
        for id in actors {
            #expect(svg.components(separatedBy: "data-id=\"\(id)\"").count - 1 == 1, "\(id)")
        }
        #expect(description.contains("Colectivo Voces del Bravo"))
        #expect(!svg.contains("<script"))
        let page = try #require(sites.sample["organizaciones/voces-del-bravo/sistema.html"])
        #expect(
            page.contains(
                #"<img src="mapa-del-sistema.svg" alt="Mapa del sistema de Colectivo Voces del Bravo, A.C.: "#))
    }

    @Test func pagesLinkBothWaysWithTheTheoryAndTheSessions() throws {
        // The session that produces the system map lists it.
        let session = try #require(sites.fixture["anexos/anexo-1/sesion-2.html"])
        let products = try #require(
            session.firstRange(of: "Lo que esta sesión produjo").map { session[$0.lowerBound...] })
        #expect(products.contains(#"href="../../organizaciones/luz-del-valle/sistema.html""#))
        // A workbook section lists where the organization applied it.
        let dueDiligence = try #require(sites.fixture["libro-de-trabajo/capitulo-4/due-diligence.html"])
        let applied = try #require(
            dueDiligence.firstRange(of: "Aplicado por la organización").map { dueDiligence[$0.lowerBound...] })
        #expect(applied.contains(#"href="../../organizaciones/luz-del-valle/aliados/bodega-cachanilla.html""#))
        // An actor lists the ally and the results that name it.
        let system = try #require(sites.fixture["organizaciones/luz-del-valle/sistema.html"])
        #expect(system.contains(#"<a href="aliados/bodega-cachanilla.html">Bodega Cachanilla, S.A.</a> (aliado)"#))
        #expect(system.contains(#"<a href="mapa-de-resultados.html">Venta directa a empresas locales</a> (resultado)"#))
        // The overview shows the path its level calls for, linked to the sessions.
        let overview = try #require(sites.fixture["organizaciones/luz-del-valle/index.html"])
        #expect(
            overview.contains(#"<td data-etiqueta="Sesión"><a href="../../anexos/sesion-6.html">Sesión 6</a></td>"#))
        #expect(overview.contains("Para el nivel <strong>avanzado</strong>"))
    }

    @Test func theAlliancePlanFollowsAnexoSevensOrder() throws {
        let plan = try #require(sites.fixture["organizaciones/luz-del-valle/plan-de-alianzas.html"])
        let sections = [
            "Semblanza de la organización", "Participantes en la creación del plan", "Objetivos del plan",
            "Ejes prioritarios y estratégicos", "Mapeo de resultados", "Conclusiones",
        ]
        let positions = sections.compactMap { plan.range(of: ">\($0)")?.lowerBound }
        #expect(positions.count == sections.count)
        #expect(positions == positions.sorted())
        #expect(plan.contains("Vender 20 toneladas al año a precio justo."))
    }

    @Test func worksheetsPrintBlankAndFilled() throws {
        let blank = try #require(sites.fixture["hojas/hoja-ruta-critica.html"])
        let start = try #require(
            blank.range(
                of:
                    #"<section class="hoja hoja-formulario" data-hoja="hoja-ruta-critica" data-organizacion="" data-registro="""#
            ))
        let end = try #require(blank.range(of: "</section>", range: start.upperBound..<blank.endIndex))
        #expect(!blank[start.lowerBound..<end.upperBound].contains("Cachanilla"))
        let filled = try #require(
            sites.fixture["organizaciones/luz-del-valle/hojas/hoja-ruta-critica-bodega-cachanilla.html"])
        #expect(filled.contains("<strong>Bodega Cachanilla, S.A.</strong>"))
        #expect(filled.contains("La bodega necesita proveeduría local para su sello de origen."))
        // The MoU checklist ticks what the ally's file marks.
        #expect(filled.contains("☑</span> Propósito"))
        let pack = try #require(sites.fixture["organizaciones/luz-del-valle/hojas/paquete-sesion-1-facilitacion.html"])
        #expect(pack.contains(#"<section class="hoja hoja-tarjetas" "#))
        #expect(pack.contains(#"<p class="tarjeta-titulo">Alianza estratégica</p>"#))
    }

    /// What the browser needs to fill a sheet: which copy it is, and each field's path and kind.
    @Test func worksheetsTellTheBrowserWhatEachFieldHolds() throws {
        let filled = try #require(
            sites.fixture["organizaciones/luz-del-valle/hojas/hoja-ruta-critica-bodega-cachanilla.html"])
        #expect(
            filled.contains(#"data-hoja="hoja-ruta-critica" data-organizacion="luz-del-valle" data-registro="bodega"#))
        #expect(filled.contains(#"data-dato="aliado.evaluacion.fecha" data-tipo="fecha" data-lineas="1""#))
        #expect(filled.contains(#"data-dato="aliado.recursos.comunes" data-tipo="lista""#))
        #expect(
            filled.contains(
                #"data-dato="aliado.evaluacion.periodicidad" data-tipo="opcion" data-valores="[&quot;semestral&quot;,&quot;anual&quot;]""#
            ))
        #expect(filled.contains(#"<li data-dato="aliado.implementacion.mou.proposito" data-marcada>"#))
        #expect(filled.contains(#"<div class="parte parte-tabla" data-dato="aliado.implementacion.pendientes">"#))
        #expect(filled.contains(#"<th scope="col" data-campo="fecha" data-tipo="fecha">Fecha</th>"#))
        let blank = try #require(sites.fixture["hojas/hoja-matriz-5r.html"])
        #expect(blank.contains(#"<th scope="col" data-campo="roles" data-tipo="separados">"#))
        #expect(
            blank.contains(
                #"data-campo="resultado" data-tipo="opcion" data-valores="[&quot;positivo&quot;,&quot;negativo&quot;]""#
            ))
        #expect(
            blank.contains(
                #"<div class="pregunta" data-dato="sistema.matriz.leyes" data-tipo="texto" data-lineas="2">"#))
    }

    /// Worksheet tables share the sheet by what each column holds: the blank 5R matrix gives the
    /// names it asks for more room than a choice between two words, leaves room for sentences in
    /// its blank rows, and marks where its long words may break.
    @Test func worksheetTablesSizeColumnsByWhatTheyHold() throws {
        let blank = try #require(sites.fixture["hojas/hoja-matriz-5r.html"])
        let table = try #require(
            blank.range(of: #"<table class="tabla-hoja renglones-3 tabla-fichas" style="--ancho-minimo: "#))
        let group = try #require(blank.range(of: "</colgroup>", range: table.upperBound..<blank.endIndex))
        let widths = blank[table.upperBound..<group.lowerBound].components(separatedBy: #"<col style="--ancho: "#)
            .dropFirst().compactMap { Double($0.prefix { $0 != "%" }) }
        // Actor, roles, resource, relation, rules, result.
        #expect(widths.count == 6)
        #expect(abs(widths.reduce(0, +) - 100) < 0.5)
        // A sixth of a Letter sheet's 190 mm is about 30 mm: room for most names in one line.
        #expect(widths[0] >= 16)
        #expect(widths[0] > widths[1] && widths[0] > widths[5])
        #expect(widths[4] >= 16)
        // Every heading fits its column whole; in the filled sheet only words longer than their
        // column get soft hyphens, as characters.
        #expect(blank.contains(#"data-tipo="texto">Reglas</th>"#))
        #expect(blank.contains(">Relación (fuerte, colaborativa, débil o conflictiva)</th>"))
        let filled = try #require(sites.sample["organizaciones/voces-del-bravo/hojas/hoja-matriz-5r.html"])
        #expect(
            filled.contains(
                #"<td data-etiqueta="Actor">Di\#u{AD}rec\#u{AD}ción Mu\#u{AD}ni\#u{AD}ci\#u{AD}pal de De\#u{AD}sa\#u{AD}rro\#u{AD}llo Social</td>"#
            ))
        #expect(filled.contains(#"<td data-etiqueta="Recurso predominante">recursos económicos</td>"#))
        #expect(!filled.contains("&shy;") && !filled.contains("&amp;shy;"))
    }

    /// A table whose rows are records (`fichas: true`) tells the browser to show each row as a
    /// card on a phone, each cell labelled with its whole column heading; other tables do not.
    @Test func recordTablesStackAsCardsOnPhones() throws {
        let matrix = try #require(sites.sample["organizaciones/voces-del-bravo/hojas/hoja-matriz-5r.html"])
        #expect(matrix.contains(#"<table class="tabla-hoja renglones-3 tabla-fichas" style="#))
        #expect(matrix.contains(#"<td data-etiqueta="Relación (fuerte, colaborativa, débil o conflictiva)">"#))
        // The plan by months keeps its grid of months: it slides sideways instead.
        let plan = try #require(sites.sample["hojas/hoja-plan-de-trabajo.html"])
        let months = try #require(plan.range(of: #"data-mes="1" data-de="meses">Mes 1</th>"#))
        let grid = try #require(
            plan.range(of: "<table ", options: .backwards, range: plan.startIndex..<months.lowerBound))
        #expect(plan[grid.lowerBound...].hasPrefix(#"<table class="tabla-hoja renglones-3" style="#))
        #expect(!plan[months.lowerBound...].contains("data-etiqueta"))
    }
}
