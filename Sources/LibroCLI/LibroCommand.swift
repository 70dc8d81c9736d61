import ArgumentParser
import Diagnostics
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
        discussion: """
            Ejemplos:
              libro construir
              libro revisar
              libro servir
              libro ayuda construir
            """,
        version: LibroVersion.number,
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, ExportCommand.self,
            ImportCommand.self,
        ]
    )

    /// `libro contruir`: a first word that names no command, said with the closest name and the
    /// list of commands; nil when it names one or is an option.
    static func unknownCommand(in arguments: [String]) -> String? {
        // `libro ayuda nada` asks for the help of a command that does not exist either.
        let asked = arguments.first == "help" ? arguments.dropFirst().first : arguments.first
        guard let word = asked, !word.hasPrefix("-") else { return nil }
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
        let names = configuration.subcommands.flatMap { $0.configuration.aliases } + commands + ["ayuda", "help"]
        guard !names.contains(word) else { return nil }
        return """
            Error: libro no tiene el comando «\(word)»\(Suggestion.phrase(for: word, in: names))
            Los comandos son: \(commands.joined(separator: ", ")).
              Más información: libro --ayuda
            """
    }

    /// The subcommand named among `arguments`, by its name or an alias.
    static func subcommand(namedIn arguments: [String]) -> ParsableCommand.Type? {
        configuration.subcommands.first { type in
            let names = [type.configuration.commandName ?? ""] + type.configuration.aliases
            return arguments.contains { names.contains($0) }
        }
    }
}

/// The command line as a function: arguments in, exit code out.
public enum CLI {
    public static func run(_ arguments: [String], workingDirectory: URL, console: Console) -> Int32 {
        let arguments = SpanishArguments.parserArguments(arguments)
        if let unknown = LibroCommand.unknownCommand(in: arguments) {
            console.error(unknown)
            return ExitCode.validationFailure.rawValue
        }
        do {
            let command = try LibroCommand.parseAsRoot(arguments)
            guard let subcommand = command as? LibroSubcommand else {
                // `libro` and `libro ayuda construir` parse as a help request.
                let requested = LibroCommand.subcommand(namedIn: arguments)
                let help = requested.map { LibroCommand.helpMessage(for: $0) } ?? LibroCommand.helpMessage()
                console.out(ParserText.help(help))
                return 0
            }
            return subcommand.execute(workingDirectory: workingDirectory, console: console)
        } catch {
            let code = LibroCommand.exitCode(for: error)
            let message = LibroCommand.fullMessage(for: error)
            if code == .success {
                console.out(ParserText.help(message))
            } else {
                console.error(ParserText.error(message))
            }
            return code.rawValue
        }
    }
}
