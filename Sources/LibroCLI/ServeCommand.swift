import ArgumentParser
import Dispatch
import Foundation
import LibroKit
import Preview

struct ServeCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "servir",
        abstract: "Sirve una vista previa del sitio y la regenera al cambiar el contenido o el tema.",
        discussion: """
            El sitio se genera en una carpeta temporal, no en site/, y se borra al terminar.
            Tras cada cambio las páginas abiertas se recargan solas; si el contenido tiene errores, se sigue sirviendo la última versión correcta y las páginas muestran los errores.
            Solo responde a peticiones dirigidas a su propia dirección (o a localhost), para que otras páginas abiertas en el navegador no puedan leer la vista previa.
            Ctrl+C o SIGTERM detienen el servidor enseguida y borran la carpeta temporal.

            Ejemplos:
              libro servir
              libro servir --puerto 8080 --organizacion red-del-valle
            """,
        aliases: ["serve"]
    )

    @OptionGroup var folders: FolderOptions

    @Option(
        name: [.customLong("direccion"), .customLong("host")],
        help: ArgumentHelp(
            "Dirección IP en la que escucha el servidor; con 127.0.0.1 solo se ve desde este equipo.", valueName: "ip"))
    var host = "127.0.0.1"

    @Option(
        name: .customLong("puerto"),
        help: ArgumentHelp("Puerto en el que escucha el servidor; 0 elige uno libre.", valueName: "puerto"))
    var port: UInt16 = 8000

    @Flag(
        name: .customLong("perfil"),
        help:
            "Tras cada construcción, muestra en qué se fue el tiempo: leer, YAML, cmark, enlazar, plantillas, escribir."
    )
    var profile = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = BuildOptions(content: folders.content, theme: folders.theme, workingDirectory: workingDirectory)
        options.organizations = folders.organizationOverride
        let profile = profile
        let server = PreviewServer(options: options, host: host, port: port) { report, address in
            // Summary adds the final `/` to the destination it names.
            _ = Summary.print(report, console: console, output: String(address.absoluteString.dropLast()))
            if profile, report.succeeded { ProfileTable.lines(for: report).forEach(console.out) }
        }
        let interrupt = InterruptSignal()
        return BlockingRun.wait {
            do {
                let address = try await server.start()
                console.out("libro: sirviendo en \(address.absoluteString) (Ctrl+C para terminar)")
            } catch {
                console.error("libro: \(error)")
                return 1
            }
            await interrupt.wait()
            await server.stop()
            return 0
        }
    }
}

/// Runs async work to its end from the synchronous command line.
private enum BlockingRun {
    private final class Outcome: @unchecked Sendable {
        // Written before `done` is signalled and read after it, so no lock is needed.
        var code: Int32 = 1
    }

    static func wait(_ work: @escaping @Sendable () async -> Int32) -> Int32 {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            outcome.code = await work()
            done.signal()
        }
        done.wait()
        return outcome.code
    }
}
