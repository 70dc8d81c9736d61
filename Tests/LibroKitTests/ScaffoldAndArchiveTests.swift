import Foundation
import LibroKit
import Testing
import ZIPFoundation

@Suite struct ScaffoldTests {
    @Test func aNewOrganizationPassesTheCheckAsItIsAndIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        let theme = Fixtures.theme.path
        let created = CapturedRun(["new", "organizacion", "red-nueva", "--content", content.path], in: folder.url)
        #expect(created.status == 0, "\(created.error)")
        for file in [
            "perfil.yml", "actores.csv", "aliados/empresa-local.yml", "estrategias.yml", "mapa-de-resultados.yml",
            "plan-de-trabajo.csv",
        ] {
            #expect(created.out.contains("creado: \(content.path)/organizaciones/red-nueva/\(file)"), "\(file)")
        }
        let perfil = try String(
            contentsOf: content.appendingPathComponent("organizaciones/red-nueva/perfil.yml"), encoding: .utf8)
        #expect(perfil.hasPrefix("# Perfil de la organización."))

        let check = CapturedRun(
            ["check", "--content", content.path, "--theme", theme, "--organizacion", "red-nueva"], in: folder.url)
        #expect(check.status == 0, "\(check.error)")
        #expect(!check.error.contains(": error: "))

        try Data("cambio mío\n".utf8).write(to: content.appendingPathComponent("organizaciones/red-nueva/perfil.yml"))
        let again = CapturedRun(["new", "organizacion", "red-nueva", "--content", content.path], in: folder.url)
        #expect(again.status == 1)
        #expect(again.error.contains("ya existe la carpeta"))
        #expect(
            try String(
                contentsOf: content.appendingPathComponent("organizaciones/red-nueva/perfil.yml"), encoding: .utf8)
                == "cambio mío\n")
        #expect(
            CapturedRun(["new", "organizacion", "Red Nueva", "--content", content.path], in: folder.url).status == 1)
    }

    /// A name that cannot be a folder is refused with the one to use, for files and for a workbook.
    @Test(arguments: [[], ["--excel"]])
    func aRefusedNameComesWithASuggestion(_ extra: [String]) throws {
        let folder = try TemporaryFolder()
        // The shipped package, read only: no name here can make a folder.
        let content = Fixtures.repository.appendingPathComponent("content").path
        for (name, suggestion) in [("Cuenca Viva", "cuenca-viva"), ("Niñez y Acción, A.C.", "ninez-y-accion-a-c")] {
            let run = CapturedRun(["nuevo", "organizacion", name, "--contenido", content] + extra, in: folder.url)
            #expect(run.status == 1)
            #expect(
                run.error.contains(": error: el nombre «\(name)» no sirve para una carpeta: usa «\(suggestion)»"),
                "\(run.error)")
        }
        let nothing = CapturedRun(["nuevo", "organizacion", "¿?", "--contenido", content] + extra, in: folder.url)
        #expect(nothing.error.contains("«¿?» no sirve como nombre de organización"), "\(nothing.error)")
    }
}

@Suite struct ArchiveTests {
    @Test func theZipHoldsTheSameSiteByteForByte() throws {
        let folder = try TemporaryFolder()
        let run = CapturedRun(
            [
                "build", "--content", Fixtures.content("basico").path, "--theme", Fixtures.theme.path, "--output",
                "salida",
                "--zip",
            ],
            in: folder.url
        )
        #expect(run.status == 0, "\(run.error)")
        let archive = try Archive(url: folder.url.appendingPathComponent("salida.zip"), accessMode: .read)
        let site = try snapshot(of: folder.url.appendingPathComponent("salida"))
        var unzipped: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            unzipped[entry.path] = data
        }
        #expect(!site.isEmpty)
        #expect(unzipped == Dictionary(uniqueKeysWithValues: site.map { ("salida/\($0.key)", $0.value) }))

        // The same site gives the same archive.
        let first = try Data(contentsOf: folder.url.appendingPathComponent("salida.zip"))
        _ = CapturedRun(
            [
                "build", "--content", Fixtures.content("basico").path, "--theme", Fixtures.theme.path, "--output",
                "salida",
                "--zip",
            ],
            in: folder.url
        )
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("salida.zip")) == first)
    }
}
