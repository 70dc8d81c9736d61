import ArgumentParser
import Foundation

/// A subcommand run with its surroundings injected, so tests need no process.
protocol LibroSubcommand {
    func execute(workingDirectory: URL, console: Console) -> Int32
}

struct LibroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libro",
        abstract:
            "Convierte un paquete de facilitación (Markdown y datos) en un sitio estático navegable e imprimible.",
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, ExportCommand.self,
            ImportCommand.self,
        ]
    )
}

/// The command line as a function: arguments in, exit code out.
public enum CLI {
    public static func run(_ arguments: [String], workingDirectory: URL, console: Console) -> Int32 {
        do {
            let command = try LibroCommand.parseAsRoot(arguments)
            guard let subcommand = command as? LibroSubcommand else {
                // `libro`, `libro help build` and `libro build --help` parse as a help request.
                let requested = LibroCommand.configuration.subcommands.first { type in
                    arguments.contains(type.configuration.commandName ?? "")
                }
                console.out(requested.map { LibroCommand.helpMessage(for: $0) } ?? LibroCommand.helpMessage())
                return 0
            }
            return subcommand.execute(workingDirectory: workingDirectory, console: console)
        } catch {
            let code = LibroCommand.exitCode(for: error)
            let message = LibroCommand.fullMessage(for: error)
            if code == .success {
                console.out(message)
            } else {
                console.error(message)
            }
            return code.rawValue
        }
    }
}
