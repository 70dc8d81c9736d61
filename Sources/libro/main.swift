import Foundation
import LibroCLI

let status = CLI.run(
    Array(CommandLine.arguments.dropFirst()),
    workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    console: .standard
)
exit(status)
