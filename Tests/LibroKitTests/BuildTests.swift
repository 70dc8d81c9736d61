import Foundation
import Testing

@testable import LibroKit

@Suite struct BuildTests {
    @Test func buildsEveryPageWithWorkingRelativeLinks() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: output))
        #expect(report.succeeded)
        #expect(report.wroteSite)
        #expect(report.pages == 9)
        let files = try snapshot(of: output)
        for expected in [
            "index.html", "404.html", "sitemap.xml", "recursos/estilo.css", "img/mapa.svg", "guia/introduccion.html",
        ] {
            #expect(files[expected] != nil, "falta \(expected)")
        }
        #expect(try SiteCrawler.problems(in: output) == [])
    }

    @Test func crawlerCatchesBrokenAndAbsoluteLinks() throws {
        let folder = try TemporaryFolder()
        let page = """
            <a href="falta.html">x</a><a href="/raiz.html">y</a><a href="#nada">z</a><img src="file:///etc/x">
            <a href="a.html#ok">w</a><h2 id="ok"></h2>
            """
        try Data(page.utf8).write(to: folder.url.appendingPathComponent("a.html"))
        #expect(try SiteCrawler.problems(in: folder.url).count == 4)
    }

    @Test func crawlerLeavesTheSiteOnlyForAFileOfANeighbour() throws {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("site")
        let manual = folder.url.appendingPathComponent("site-manual")
        for url in [site, manual] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        try Data("<p>manual</p>".utf8).write(to: manual.appendingPathComponent("index.html"))
        let page =
            #"<a href="../site-manual/index.html">m</a><a href="../site-manual/falta.html">f</a><a href="../otro/index.html">o</a>"#
        try Data(page.utf8).write(to: site.appendingPathComponent("a.html"))
        #expect(try SiteCrawler.problems(in: site, neighbours: [manual]).count == 2)
        #expect(try SiteCrawler.problems(in: site).count == 3)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try TemporaryFolder()
        let first = folder.url.appendingPathComponent("uno")
        let second = folder.url.appendingPathComponent("dos")
        #expect(Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: first)).succeeded)
        #expect(Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: second)).succeeded)
        let one = try snapshot(of: first)
        #expect(!one.isEmpty)
        #expect(one == (try snapshot(of: second)))
    }

    @Test func rebuildingReplacesTheSiteAndKeepsOnlyThePreviousOneAside() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("viejo".utf8).write(to: output.appendingPathComponent("viejo.html"))
        #expect(Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: output)).succeeded)
        let first = try snapshot(of: output)
        // What a killed build could leave in the hidden folder never reaches the next site.
        let aside = folder.url.appendingPathComponent(".site.anterior")
        try Data("a medias".utf8).write(to: aside.appendingPathComponent("a-medias.html"))
        // Same size as the real page, other bytes: compared, not trusted.
        let index = try #require(first["index.html"])
        try Data(repeating: UInt8(ascii: "x"), count: index.count).write(to: aside.appendingPathComponent("index.html"))
        try Data("roto".utf8).write(to: aside.appendingPathComponent("404.html"))
        #expect(Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: output)).succeeded)
        #expect(try snapshot(of: output) == first)
        #expect(first["viejo.html"] == nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".site.anterior", "site"])
    }

    /// A rebuild writes over the site before last and leaves a file alone when it would come out
    /// the same, pages and the search index (written in pieces) alike: its date stays.
    @Test func aRebuildWritesOnlyFilesWhoseBytesChange() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        let output = folder.url.appendingPathComponent("site")
        let aside = folder.url.appendingPathComponent(".site.anterior")
        let options = Fixtures.options(content: content, output: output)
        #expect(Libro.build(options).succeeded)
        #expect(Libro.build(options).succeeded)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        let files = try snapshot(of: output).keys.sorted()
        for site in [output, aside] {
            for file in files {
                try FileManager.default.setAttributes(
                    [.modificationDate: old], ofItemAtPath: site.appendingPathComponent(file).path)
            }
        }
        func touched() throws -> [String] {
            try files.filter { file in
                let attributes = try FileManager.default.attributesOfItem(
                    atPath: output.appendingPathComponent(file).path)
                return attributes[.modificationDate] as? Date != old
            }
        }
        #expect(Libro.build(options).succeeded)
        let unchanged = try touched()
        #expect(unchanged == [])
        let page = content.appendingPathComponent("guia/objetivos.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nUna frase nueva sobre alianzas.\n")
            .write(to: page, atomically: true, encoding: .utf8)
        #expect(Libro.build(options).succeeded)
        let changed = try touched()
        // The page, and of the search index the pieces that hold its text and its terms' lists.
        // The offline reader's list carries a version made from every file's bytes.
        #expect(changed.filter { !$0.hasPrefix("recursos/busqueda/") } == ["guia/objetivos.html", "sw.js"])
        #expect(changed.contains("recursos/busqueda/t-al.js"))
        #expect(changed.count < files.filter { $0.hasPrefix("recursos/busqueda/") }.count / 2)
    }

    @Test func oneThreadAndEveryCoreWriteTheSameSite() throws {
        let folder = try TemporaryFolder()
        var sites: [[String: Data]] = []
        for threads in [1, 0, 3] {
            let output = folder.url.appendingPathComponent("site-\(threads)")
            var options = Fixtures.options(
                content: Fixtures.repository.appendingPathComponent("content"), output: output)
            options.threads = threads
            #expect(Libro.build(options).succeeded)
            sites.append(try snapshot(of: output))
        }
        #expect(sites[0].count > 100)
        #expect(sites[0] == sites[1])
        #expect(sites[0] == sites[2])
    }

    /// More pages than one batch: the search index fills beside the next batch's rendering and
    /// must come out as a one-thread build makes it.
    @Test func aSiteOfSeveralBatchesIsTheSameOnOneThreadAndMany() throws {
        let folder = try TemporaryFolder()
        let pageCount = Libro.batchSize * 2 + 37
        try folder.write("content/index.md", "---\ntitulo: Inicio\n---\nUn sitio grande.\n")
        for section in 0..<3 {
            try folder.write("content/parte-\(section)/_index.md", "---\ntitulo: Parte \(section)\n---\n")
        }
        for number in 0..<pageCount {
            try folder.write(
                "content/parte-\(number % 3)/pagina-\(number).md",
                """
                ---
                titulo: Página \(number)
                ---
                Texto de la página \(number) sobre alianzas, acción colectiva y la sesión \(number % 7).

                ## Sección \(number % 5)

                Más texto: organización \(number % 11), [la anterior](ref:parte-\(max(0, number - 1) % 3)/pagina-\(max(0, number - 1))).
                """)
        }
        var sites: [[String: Data]] = []
        for threads in [1, 0] {
            let output = folder.url.appendingPathComponent("site-\(threads)")
            var options = Fixtures.options(content: folder.url.appendingPathComponent("content"), output: output)
            options.threads = threads
            let report = Libro.build(options)
            #expect(report.succeeded, "\(report.diagnostics.sorted.prefix(3).map(\.description))")
            sites.append(try snapshot(of: output))
        }
        #expect(sites[0].count > pageCount)
        #expect(sites[0] == sites[1])
    }

    @Test func brokenReferencesAreAllReportedAndThePreviousSiteIsKept() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        #expect(Libro.build(Fixtures.options(content: Fixtures.content("basico"), output: output)).succeeded)
        let before = try snapshot(of: output)

        let run = CapturedRun(
            [
                "build", "--content", Fixtures.content("roto").path, "--theme", Fixtures.theme.path, "--output",
                output.path,
            ],
            in: folder.url
        )
        #expect(run.status != 0)
        let roto = Fixtures.content("roto").path
        let errors = run.error.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(
            errors == [
                "\(roto)/index.md:4:39: error: no existe ninguna página con el id «no-existe» [ref-no-encontrada]",
                "\(roto)/index.md:6:23: error: no existe el archivo «falta.md» al que enlaza «falta.md» [archivo-no-encontrado]",
                "\(roto)/index.md:8:26: error: la página «Otra página» (\(roto)/otra.md) no tiene el encabezado «#no-hay-tal» [ancla-no-encontrada]",
            ]
        )
        #expect(run.error.contains("libro: 3 errores, 0 avisos; no se escribió nada"))
        #expect(try snapshot(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }

    @Test func checkValidatesWithoutWriting() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.check(Fixtures.options(content: Fixtures.content("basico"), output: output))
        #expect(report.succeeded)
        #expect(report.pages == 9)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // RENDER reports nothing of its own: a check draws no page through the templates.
        #expect(report.times[.templates] == .zero)
        #expect(!Libro.check(Fixtures.options(content: Fixtures.content("roto"), output: output)).succeeded)
    }

    @Test func refusesAnOutputFolderThatHoldsTheContent() throws {
        let report = Libro.build(
            Fixtures.options(
                content: Fixtures.content("basico"), output: Fixtures.content("basico").deletingLastPathComponent())
        )
        #expect(report.diagnostics.errors.map(\.code) == ["salida-no-valida"])
        #expect(!report.wroteSite)
    }
}
