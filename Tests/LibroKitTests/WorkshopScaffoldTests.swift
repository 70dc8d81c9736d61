import Foundation
import Testing

@testable import LibroKit

@Suite struct WorkshopScaffoldTests {
    @Test func aNewWorkshopBuildsAtOnceWithTheInstalledThemeAndEveryLinkResolves() throws {
        let folder = try TemporaryFolder()
        let created = CapturedRun(["nuevo", "taller", "mi-taller"], in: folder.url)
        #expect(created.status == 0, "\(created.error)")
        #expect(created.out.contains("creado: mi-taller/content/"))
        let workshop = folder.url.appendingPathComponent("mi-taller")
        #expect(
            try String(contentsOf: workshop.appendingPathComponent(".gitignore"), encoding: .utf8)
                == "/site/\n/site.zip\n")
        var shipped = try snapshot(of: Fixtures.repository.appendingPathComponent("content"))
        var copied = try snapshot(of: workshop.appendingPathComponent("content"))
        // libro.yml loses only its links to folders beside the site (the manual), tested below.
        let settings = shipped.removeValue(forKey: "libro.yml") ?? Data()
        let copiedSettings = copied.removeValue(forKey: "libro.yml")
        #expect(
            copiedSettings == Data(WorkshopSettings.withoutOutsideLinks(String(decoding: settings, as: UTF8.self)).utf8)
        )
        #expect(copied == shipped)

        // No theme/ in the workshop: the one shipped with libro (here, the repository's).
        let built = CapturedRun(["construir"], in: workshop)
        #expect(built.status == 0, "\(built.error)")
        let site = workshop.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(try SiteCrawler.problems(in: site) == [])
    }

    /// The `cd` libro suggests is one a shell runs as written, spaces and quotes included.
    @Test func theSuggestedCdWorksForAFolderWithSpaces() throws {
        let folder = try TemporaryFolder()
        let created = CapturedRun(["nuevo", "taller", "Taller de Ana's"], in: folder.url)
        #expect(created.status == 0, "\(created.error)")
        #expect(created.out.contains(#"`cd 'Taller de Ana'\''s'`"#), "\(created.out)")
        let plain = CapturedRun(["nuevo", "taller", "taller-2027"], in: folder.url)
        #expect(plain.out.contains("`cd taller-2027`"), "\(plain.out)")
    }

    @Test func aFolderWithSomethingInItIsNeverWrittenInto() throws {
        let folder = try TemporaryFolder()
        try folder.write("ocupada/notas.txt", "mías\n")
        let run = CapturedRun(["nuevo", "taller", "ocupada"], in: folder.url)
        #expect(run.status == 1)
        #expect(
            run.error.contains(
                "ocupada: error: la carpeta «ocupada» ya existe y no está vacía; libro no sobrescribe nada: elige otra carpeta o vacíala primero [ya-existe]"
            ), "\(run.error)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("ocupada").path) == [
                "notas.txt"
            ])

        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("vacia"), withIntermediateDirectories: true)
        #expect(CapturedRun(["nuevo", "taller", "vacia"], in: folder.url).status == 0)
    }

    @Test func withoutAShippedPackageItSaysWhereItLooked() throws {
        let folder = try TemporaryFolder()
        let result = WorkshopScaffold.create(
            folder: "x", workingDirectory: folder.url, package: nil, searched: ["/opt/libro/share/libro/paquetes"])
        guard case .failure(let problem) = result else {
            Issue.record("se creó sin paquete")
            return
        }
        #expect(
            problem.description
                == "x: error: no se encuentra el paquete que libro trae para copiar: lo buscó en «/opt/libro/share/libro/paquetes»; reinstala libro [paquete-no-encontrado]"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("x").path))
    }

    @Test func outsideAWorkshopTheBuildSaysWhereItLookedAndHowToStartOne() throws {
        let folder = try TemporaryFolder()
        let run = CapturedRun(["construir"], in: folder.url)
        #expect(run.status == 1)
        #expect(
            run.error.hasPrefix(
                "content: error: no existe o no se puede leer la carpeta de contenido (libro la buscó en «\(folder.url.path)/content»); indica la correcta con --contenido o crea un taller nuevo con `libro nuevo taller <carpeta>` [carpeta-no-encontrada]"
            ), "\(run.error)")
    }

    @Test func linksBesideTheSiteAreLeftOutOfAWorkshopsSettings() {
        let settings = """
            titulo: Taller
            enlaces_pie:
              - titulo: Manual
                enlace: ../site-manual/index.html
              - titulo: "Red"
                enlace: "https://example.org/"
            idioma: es
            """
        #expect(
            WorkshopSettings.withoutOutsideLinks(settings) == """
                titulo: Taller
                enlaces_pie:
                  - titulo: "Red"
                    enlace: "https://example.org/"
                idioma: es
                """)
        let onlyOutside =
            "titulo: Taller\nenlaces_pie:\n  - titulo: Manual\n    enlace: '../m/index.html'\nidioma: es\n"
        #expect(WorkshopSettings.withoutOutsideLinks(onlyOutside) == "titulo: Taller\nidioma: es\n")
        let without = "titulo: Taller\nidioma: es\n"
        #expect(WorkshopSettings.withoutOutsideLinks(without) == without)
    }
}
