import Foundation
import Testing

/// Commands, flags, help and the parser's errors in Spanish; the English names still work.
@Suite struct SpanishCommandLineTests {
    /// Every command by its Spanish name and by the English one it had before.
    static let commands = [
        ("construir", "build"), ("revisar", "check"), ("servir", "serve"), ("nuevo", "new"), ("importar", "import"),
        ("exportar", "export"),
    ]

    /// What swift-argument-parser writes in English and the help must not show.
    static let englishWords = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Usage:", "Show help", "Show the version",
        "Show subcommand", "(default:", "See '", "for detailed help", "for more information", "<subcommand>",
        "<options>",
    ]

    @Test(arguments: commands)
    func theEnglishNameIsAnAliasOfTheSpanishOne(_ names: (String, String)) {
        let spanish = CapturedRun([names.0, "--help"], in: Fixtures.repository)
        let english = CapturedRun([names.1, "--help"], in: Fixtures.repository)
        #expect(spanish.status == 0)
        #expect(english.status == 0)
        #expect(spanish.out.contains("USO: libro \(names.0)"), "\(spanish.out)")
        #expect(english.out == spanish.out)
    }

    /// The root's help, each command's (`--help` and `libro ayuda …`) and `libro help …`.
    static let helpRequests: [[String]] =
        [[], ["--help"], ["ayuda"], ["help"]]
        + commands.flatMap {
            [[$0.0, "--help"], [$0.0, "-h"], [$0.0, "--ayuda"], ["ayuda", $0.0], ["help", $0.1]]
        }

    @Test(arguments: helpRequests)
    func helpHasNoEnglishWordsAndShowsExamples(_ arguments: [String]) {
        let run = CapturedRun(arguments, in: Fixtures.repository)
        #expect(run.status == 0)
        #expect(run.out.contains("USO: libro"), "\(run.out)")
        #expect(run.out.contains("OPCIONES:"))
        #expect(run.out.contains("Muestra esta ayuda."))
        #expect(run.out.contains("Ejemplos:\n  libro "))
        for word in Self.englishWords {
            #expect(!run.out.contains(word), "«\(word)» in the help of \(arguments)")
        }
    }

    @Test func theRootHelpListsTheCommandsAndHowToAskForHelp() {
        let run = CapturedRun(["--help"], in: Fixtures.repository)
        #expect(run.out.contains("SUBCOMANDOS:"))
        #expect(run.out.contains("  construir, build "))
        #expect(run.out.contains("Para ver la ayuda de un subcomando: libro ayuda <subcomando>"))
        #expect(run.out.contains("Muestra la versión."))
    }

    @Test func optionsShowTheirSpanishNameFirstAndTheirDefault() {
        let run = CapturedRun(["construir", "--help"], in: Fixtures.repository)
        #expect(run.out.contains("--contenido, --content <carpeta>"))
        #expect(run.out.contains("--tema, --theme <carpeta>"))
        #expect(run.out.contains("--salida, --output <carpeta>"))
        #expect(run.out.contains("(por omisión: site)"))
        let serve = CapturedRun(["servir", "--help"], in: Fixtures.repository)
        #expect(serve.out.contains("--direccion, --host <ip>"))
        #expect(serve.out.contains("(por omisión:\n                          127.0.0.1)"), "\(serve.out)")
    }

    @Test func spanishFlagsBuild() throws {
        let folder = try TemporaryFolder()
        let run = CapturedRun(
            [
                "construir", "--contenido", Fixtures.content("basico").path, "--tema", Fixtures.theme.path,
                "--salida", "sitio-taller", "--zip", "--hilos", "2",
            ],
            in: folder.url
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(
            FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("sitio-taller/index.html").path))
        // The last line names the archive and its size.
        let summary = try Regex(#" ms → sitio-taller/ y sitio-taller\.zip \(\d+ KB\)\n$"#)
        #expect(run.out.contains(summary), "\(run.out)")
    }

    @Test func theExportWritesWhereOutputOrSalidaSays() throws {
        let copy = try OrganizationWorkbookTests.PackageCopy(
            "ejemplos/movilizacion-de-recursos", organization: "letras-del-altiplano")
        for flag in ["--salida", "--output"] {
            let run = CapturedRun(
                [
                    "exportar", "--organizacion", copy.slug, "--excel", "--contenido", copy.content.path, flag,
                    "datos\(flag).xlsx",
                ], in: copy.folder.url)
            #expect(run.status == 0, "\(run.error)")
            #expect(
                FileManager.default.fileExists(atPath: copy.folder.url.appendingPathComponent("datos\(flag).xlsx").path)
            )
        }
    }
}

/// The parser's own errors, in Spanish, with the usage line and where to find the help.
@Suite struct SpanishParserErrorTests {
    static let cases: [([String], String)] = [
        (["construir", "--salid", "x"], "Error: Opción desconocida: --salid. ¿Quisiste decir --salida?\n"),
        (["construir", "--nada-que-ver"], "Error: Opción desconocida: --nada-que-ver\n"),
        (["construir", "--salida"], "Error: Falta el valor de --salida <carpeta>\n"),
        (["construir", "sobra"], "Error: Sobra el argumento «sobra»\n"),
        (["construir", "una", "otra"], "Error: Sobran 2 argumentos: «una», «otra»\n"),
        (["construir", "--hilos", "muchos"], "Error: El valor «muchos» no sirve para --hilos <n>\n"),
        (["construir", "--zip=si"], "Error: La opción --zip no lleva valor, pero se le dio «si».\n"),
        (["nuevo", "organizacion"], "Error: Falta el argumento <nombre>\n"),
        (["importar", "r.yml"], "Error: Falta el argumento --organizacion <nombre>\n"),
        (["servir", "--puerto", "70000"], "Error: El valor «70000» no sirve para --puerto <puerto>\n"),
    ]

    @Test(arguments: cases)
    func errorsAreSpanish(_ example: ([String], String)) {
        let run = CapturedRun(example.0, in: Fixtures.repository)
        let command = example.0[0]
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.error.hasPrefix(example.1), "\(run.error)")
        #expect(run.error.contains("\nUso: libro \(command) "), "\(run.error)")
        #expect(run.error.contains("  Más información: libro \(command) --ayuda"), "\(run.error)")
        for word in SpanishCommandLineTests.englishWords {
            #expect(!run.error.contains(word), "«\(word)» in \(run.error)")
        }
    }
}

extension SpanishParserErrorTests {
    @Test func anUnknownCommandGetsTheClosestOneAndTheList() {
        let run = CapturedRun(["contruir", "--salida", "x"], in: Fixtures.repository)
        #expect(run.status == 64)
        #expect(
            run.error == """
                Error: libro no tiene el comando «contruir»; ¿quisiste decir «construir»?
                Los comandos son: construir, revisar, nuevo, servir, exportar, importar.
                  Más información: libro --ayuda

                """)
    }

    @Test func helpForAnUnknownCommandSaysSoInsteadOfTheMainHelp() {
        let run = CapturedRun(["ayuda", "contruir"], in: Fixtures.repository)
        #expect(run.status == 64)
        #expect(run.out.isEmpty, "\(run.out)")
        #expect(run.error.hasPrefix("Error: libro no tiene el comando «contruir»; ¿quisiste decir «construir»?"))
    }

    @Test func noOrganizationsAndANamedOneAreRefusedTogether() {
        let run = CapturedRun(
            ["construir", "--sin-organizaciones", "--organizacion", "x", "--salida", "x"], in: Fixtures.repository)
        #expect(run.status == 64)
        #expect(run.error.contains("--sin-organizaciones y --organizacion se contradicen"), "\(run.error)")
    }
}

@Suite struct VersionTests {
    @Test(arguments: [["--version"], ["-V"]])
    func theVersionIsTheOneInTheVersionFile(_ arguments: [String]) throws {
        let file = try String(contentsOf: Fixtures.repository.appendingPathComponent("VERSION"), encoding: .utf8)
        let version = file.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+/) != nil)
        let run = CapturedRun(arguments, in: Fixtures.repository)
        #expect(run.status == 0)
        #expect(run.out == version + "\n")
    }
}
