import Foundation
import LibroKit
import Testing

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
        let shipped = try snapshot(of: Fixtures.repository.appendingPathComponent("content"))
        #expect(try snapshot(of: workshop.appendingPathComponent("content")) == shipped)

        // No theme/ in the workshop: the one shipped with libro (here, the repository's).
        let built = CapturedRun(["construir"], in: workshop)
        #expect(built.status == 0, "\(built.error)")
        let site = workshop.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(try SiteCrawler.problems(in: site) == [])
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
}
