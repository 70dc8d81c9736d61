import ArgumentParser
import Foundation
import LibroKit

struct CheckCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "revisar",
        abstract: "Revisa el contenido y el tema como lo haría construir, sin escribir nada.",
        discussion: """
            Ejemplos:
              libro revisar
              libro revisar --informe --contenido src
            """,
        aliases: ["check"]
    )

    @OptionGroup var folders: FolderOptions

    @Flag(
        name: .customLong("informe"),
        help:
            "Agrupa los problemas por tipo, con cuántos hay y dónde están los primeros: para ver de un vistazo qué falta para publicar una carpeta escrita para otro generador (mdBook, MkDocs)."
    )
    var informe = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = BuildOptions(content: folders.content, theme: folders.theme, workingDirectory: workingDirectory)
        options.organizations = folders.organizationOverride
        let progress = TerminalProgress(console: console)
        let report = Libro.check(options) { progress.update($0, $1, $2) }
        progress.finish()
        guard informe else { return Summary.print(report, console: console, output: nil) }
        MigrationReport.lines(for: report.diagnostics).forEach(console.error)
        return Summary.print(report, console: console, output: nil, listsDiagnostics: false)
    }
}
