import ArgumentParser
import Foundation
import LibroKit

struct CheckCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Revisa el contenido y el tema como lo haría build, sin escribir nada."
    )

    @OptionGroup var folders: FolderOptions

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = BuildOptions(content: folders.content, theme: folders.theme, workingDirectory: workingDirectory)
        options.organizations = folders.organizationOverride
        let progress = TerminalProgress(console: console)
        let report = Libro.check(options) { progress.update($0, $1, $2) }
        progress.finish()
        return Summary.print(report, console: console, output: nil)
    }
}
