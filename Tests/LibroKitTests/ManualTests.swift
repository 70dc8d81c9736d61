import Foundation
import Testing

/// The manual (`docs/manual/`) is a libro package and its examples are real: it builds without
/// a warning, every file it shows is a file of an example package (`docs/manual-ejemplos/`) or of
/// the repository, every example package builds without a warning, and every command of a
/// ```` ```sh ```` block runs. Commands that cannot run here (installing, `servir`, `--pdf`) go
/// in ```` ```shell ```` blocks, which are shown and not run.
@Suite struct ManualTests {
    static let examples = Fixtures.repository.appendingPathComponent("docs/manual-ejemplos")

    @Test func theManualBuildsWithoutWarnings() throws {
        let folder = try TemporaryFolder()
        let build = CapturedRun(
            [
                "construir", "--contenido", ManualBlocks.manual.path, "--tema", Fixtures.theme.path, "--salida",
                "manual",
            ],
            in: folder.url)
        #expect(build.status == 0, "\(build.error)")
        #expect(build.error.isEmpty, "\(build.error)")
        #expect(build.out.contains(", 0 avisos,"), "\(build.out)")
        let check = CapturedRun(
            ["revisar", "--contenido", ManualBlocks.manual.path, "--tema", Fixtures.theme.path], in: folder.url)
        #expect(check.status == 0 && check.error.isEmpty, "\(check.error)")
    }

    @Test func everyExamplePackageBuildsWithoutWarnings() throws {
        let packages = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter {
            FileManager.default.fileExists(atPath: Self.examples.appendingPathComponent("\($0)/libro.yml").path)
        }
        #expect(!packages.isEmpty)
        for package in packages {
            let folder = try TemporaryFolder()
            let run = CapturedRun(
                [
                    "construir", "--contenido", Self.examples.appendingPathComponent(package).path, "--tema",
                    Fixtures.theme.path, "--salida", "sitio",
                ], in: folder.url)
            #expect(run.status == 0 && run.error.isEmpty, "\(package): \(run.error)")
        }
    }

    /// `archivo=ruta` shows a whole file, `fragmento=ruta` lines of one, both from the
    /// repository's root; every file example of the manual says which.
    @Test func everyFileShownIsARealFile() throws {
        let blocks = try ManualBlocks.all()
        let files = blocks.filter { ["yaml", "csv", "markdown"].contains($0.language) || !$0.attributes.isEmpty }
        #expect(files.count >= 10)
        for block in files {
            let path = block.attributes["archivo"] ?? block.attributes["fragmento"]
            guard let path else {
                Issue.record("\(block.place): un ejemplo de archivo sin `archivo=` ni `fragmento=`")
                continue
            }
            let url = Fixtures.repository.appendingPathComponent(path)
            guard let real = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record("\(block.place): no existe \(path)")
                continue
            }
            if block.attributes["archivo"] != nil {
                #expect(block.text == real, "\(block.place) no muestra \(path) tal como es")
            } else {
                #expect(real.contains(block.text), "\(block.place) no es un trozo de \(path)")
            }
        }
    }

    /// Each page's commands run in order in a folder of its own, holding a copy of the shipped
    /// package (`content/`), the theme and what `docs/manual-ejemplos/` holds.
    @Test(arguments: try ManualBlocks.pages())
    func everyCommandRuns(_ page: String) throws {
        let blocks = try ManualBlocks.all().filter { $0.page == "docs/manual/\(page)" && $0.language == "sh" }
        guard !blocks.isEmpty else { return }
        let folder = try TemporaryFolder()
        for name in ["content", "theme"] {
            try FileManager.default.copyItem(
                at: Fixtures.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.examples.path) {
            try FileManager.default.copyItem(
                at: Self.examples.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        for block in blocks {
            for (offset, line) in block.text.split(separator: "\n").enumerated() {
                let words = ManualBlocks.words(of: String(line))
                guard !words.isEmpty else { continue }
                let place = "docs/manual/\(page):\(block.line + offset + 1)"
                guard words[0] == "libro" else {
                    Issue.record("\(place): un bloque `sh` solo lleva órdenes de libro; usa `shell` para las demás")
                    continue
                }
                let run = CapturedRun(Array(words.dropFirst()), in: folder.url)
                #expect(run.status == 0, "\(place): \(line)\n\(run.error)")
            }
        }
    }

    /// The message «Qué hacer con un error» teaches to read is the one libro writes for that
    /// mistake (a reference to a missing id at line 12, column 5), and the README shows it too.
    @Test func theErrorShownIsTheErrorLibroWrites() throws {
        let shown = try #require(
            ManualBlocks.all().first { $0.page == "docs/manual/facilitar/errores.md" && $0.language == "text" })
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        let page = content.appendingPathComponent("guia/beneficios.md")
        var lines = try String(contentsOf: page, encoding: .utf8).components(separatedBy: "\n")
        lines[11] = "Ver [el sistema ideal](ref:lt-3-9)."
        try Data(lines.joined(separator: "\n").utf8).write(to: page)
        let run = CapturedRun(["revisar", "--tema", Fixtures.theme.path], in: folder.url)
        #expect(run.status == 1)
        #expect(run.error.contains(shown.text), "\(run.error)")
        let readme = try String(contentsOf: Fixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(shown.text), "README.md no muestra el error del manual")
    }

    @Test func commandLinesSplitIntoWordsAsAShellWould() {
        #expect(
            ManualBlocks.words(of: "libro nuevo organizacion a-b   # comentario") == [
                "libro", "nuevo", "organizacion", "a-b",
            ])
        #expect(
            ManualBlocks.words(of: #"libro construir --salida "mi sitio""#) == [
                "libro", "construir", "--salida", "mi sitio",
            ])
    }
}
