import Foundation
import LibroKit
import Testing

@Suite struct CLITests {
    @Test func rootHelpListsTheCommands() {
        let run = CapturedRun(["--help"], in: Fixtures.repository)
        #expect(run.status == 0)
        #expect(run.out.contains("build"))
        #expect(run.out.contains("check"))
        #expect(run.out.contains("Convierte un paquete de facilitación"))
    }

    @Test(arguments: ["build", "check"])
    func eachCommandHasHelpWithItsFolders(_ command: String) {
        let run = CapturedRun([command, "--help"], in: Fixtures.repository)
        #expect(run.status == 0)
        #expect(run.out.contains("--content"))
        #expect(run.out.contains("--theme"))
        #expect(run.out.contains("--output") == (command == "build"))
    }

    @Test func unknownOptionsFail() {
        let run = CapturedRun(["build", "--nada"], in: Fixtures.repository)
        #expect(run.status != 0)
        #expect(run.error.contains("--nada"))
    }

    @Test func buildPrintsAOneLineSummary() throws {
        let folder = try TemporaryFolder()
        let run = CapturedRun(
            [
                "build", "--content", Fixtures.content("basico").path, "--theme", Fixtures.theme.path, "--output",
                "salida",
            ],
            in: folder.url
        )
        #expect(run.status == 0)
        let summary = try Regex(#"^libro: 9 páginas, 1 aviso, índice de búsqueda de \d+ KB, \d+ ms → salida/\n$"#)
        #expect(run.out.wholeMatch(of: summary) != nil, "\(run.out)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("salida/index.html").path))
    }

    /// `check --informe` groups a folder's problems by kind, with counts and the first places.
    @Test func theReportGroupsProblemsByKind() throws {
        let folder = try TemporaryFolder()
        try folder.write("libro/index.md", "# Inicio\n")
        for name in ["a", "b", "c", "d"] { try folder.write("libro/\(name).md", "Sin título.\n") }
        try folder.write("libro/e.md", "# E\n\n[fuera](../../std/x.html)\n")
        let run = CapturedRun(
            ["revisar", "--informe", "--content", "libro", "--theme", Fixtures.theme.path], in: folder.url)
        #expect(run.status == 1)
        #expect(run.error.contains("Informe: 5 problemas de 2 tipos"), "\(run.error)")
        #expect(run.error.contains("[pagina-sin-titulo] 4 × error: la página no tiene título"))
        #expect(run.error.contains("  libro/a.md:1:1\n  libro/b.md:1:1\n  libro/c.md:1:1\n  … y 1 más\n"))
        #expect(run.error.contains("[ruta-fuera-de-contenido] 1 × error"))
        #expect(!run.error.contains("libro/d.md"))
    }

    @Test func missingContentFolderIsOneClearError() throws {
        let folder = try TemporaryFolder()
        let run = CapturedRun(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("content: error: no existe o no se puede leer la carpeta de contenido"))
        #expect(run.error.contains("libro: 2 errores") == false)
    }
}

@Suite struct OrganizationOptionTests {
    @Test func theCommandLineChoosesTheOrganizations() throws {
        let folder = try TemporaryFolder()
        let repository = Fixtures.repository.path
        let without = CapturedRun(
            [
                "build", "--content", "\(repository)/content", "--theme", "\(repository)/theme", "--output", "sin",
                "--sin-organizaciones",
            ],
            in: folder.url
        )
        #expect(without.status == 0, "\(without.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("sin/organizaciones").path))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.url.appendingPathComponent("sin/hojas/hoja-ruta-critica.html").path))

        let missing = CapturedRun(
            [
                "check", "--content", "\(repository)/content", "--theme", "\(repository)/theme", "--organizacion",
                "voces-del-brav",
            ],
            in: folder.url
        )
        #expect(missing.status == 1)
        #expect(
            missing.error.hasPrefix(
                "--organizacion: error: no existe la organización «voces-del-brav» en \(repository)/content/organizaciones/; ¿quisiste decir «voces-del-bravo»?"
            ), "\(missing.error)")
    }

    @Test func pagesPrintOnTheConfiguredPaper() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/index.md", "---\ntitulo: Inicio\n---\nHola.\n")
        try folder.write("content/libro.yml", "papel: a4\n")
        let report = Libro.build(
            Fixtures.options(
                content: folder.url.appendingPathComponent("content"), output: folder.url.appendingPathComponent("site")
            ))
        #expect(report.succeeded)
        let page = try String(contentsOf: folder.url.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(page.contains("@page { size: A4; } @page rotafolio { size: A4 landscape; }"))
    }
}
