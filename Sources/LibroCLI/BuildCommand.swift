import ArgumentParser
import Foundation
import LibroKit

struct BuildCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "construir",
        abstract: "Genera el sitio: lee el contenido y el tema y escribe la carpeta de salida.",
        discussion: """
            Si hay errores no se escribe nada y la carpeta de salida queda como estaba.
            El sitio resultante funciona abierto desde una carpeta o en cualquier servidor estático.

            Ejemplos:
              libro construir
              libro construir --zip --salida sitio-taller
              libro construir --organizacion red-del-valle --pdf
            """,
        aliases: ["build"]
    )

    @OptionGroup var folders: FolderOptions

    @Option(
        name: [.customLong("salida"), .customLong("output")],
        help: ArgumentHelp("Carpeta donde se escribe el sitio; se reemplaza entera.", valueName: "carpeta"))
    var output = "site"

    @Flag(
        name: .long,
        help:
            "Además, guarda el sitio en un archivo .zip junto a la carpeta de salida (site.zip), listo para compartir.")
    var zip = false

    @Flag(
        name: .long,
        help: """
            Además, guarda un PDF junto a cada página que se imprime entera (los paquetes de impresión \
            y los libros para imprimir: la página con .pdf en vez de .html), impreso con Chromium sin \
            ventana; esas páginas enlazan su PDF. \
            Busca chromium, chromium-browser, google-chrome o google-chrome-stable en el PATH, \
            o el que nombre la variable LIBRO_CHROMIUM o `navegador_pdf` en libro.yml.
            """)
    var pdf = false

    @Flag(
        name: .customLong("perfil"),
        help: "Al terminar, muestra en qué se fue el tiempo: leer, YAML, cmark, enlazar, plantillas, escribir.")
    var perfil = false

    @Option(
        name: .customLong("hilos"),
        help: ArgumentHelp(
            "Hilos de trabajo; 0 usa uno por núcleo. El sitio sale igual con cualquier número.", valueName: "n"))
    var hilos = 0

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        var options = BuildOptions(
            content: folders.content,
            theme: folders.theme,
            output: output,
            workingDirectory: workingDirectory
        )
        options.organizations = folders.organizationOverride
        options.archive = zip
        options.threads = hilos
        options.pdf = pdf
        options.pdfBrowser = ProcessInfo.processInfo.environment["LIBRO_CHROMIUM"]
        let progress = TerminalProgress(console: console)
        let report = Libro.build(options) { progress.update($0, $1, $2) }
        progress.finish()
        let archive = zip && report.succeeded ? archiveLabel(options) : nil
        let status = Summary.print(report, console: console, output: output, archive: archive)
        if perfil, report.succeeded { ProfileTable.lines(for: report).forEach(console.out) }
        return status
    }

    /// `salida.zip (850 KB)`: the archive `--zip` wrote, as the output folder was typed.
    private func archiveLabel(_ options: BuildOptions) -> String? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: options.archiveFile.path)
        guard let bytes = (attributes?[.size] as? NSNumber)?.intValue else { return nil }
        var folder = output
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return "\(folder).zip (\(Summary.size(bytes)))"
    }
}
