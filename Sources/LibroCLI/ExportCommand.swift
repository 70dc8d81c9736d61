import ArgumentParser
import Foundation
import LibroKit

/// `libro exportar --organizacion <slug> --excel`: an organization's data as a workbook.
struct ExportCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "exportar",
        abstract: "Escribe los datos de una organización como un libro de Excel (.xlsx).",
        discussion: """
            Lee los datos de content/organizaciones/<slug>/ (archivos YAML y CSV, o su organizacion.xlsx) \
            y los escribe en un libro con una hoja por tabla, listas desplegables y una hoja de \
            instrucciones. Para trabajar con el libro, pon el archivo en la carpeta de la organización \
            con el nombre organizacion.xlsx y quita de ella los archivos YAML y CSV.

            Ejemplos:
              libro exportar --organizacion red-del-valle --excel
              libro exportar --organizacion red-del-valle --excel --salida datos.xlsx
            """,
        aliases: ["export"]
    )

    @OptionGroup var organization: OrganizationOption

    @Flag(name: .long, help: "Escribe un libro de Excel (.xlsx); por ahora, el único formato.")
    var excel = false

    @Option(
        name: [.customLong("salida"), .customLong("output")],
        help: ArgumentHelp("Dónde escribir el libro (por omisión, organizacion-<nombre>.xlsx).", valueName: "archivo"))
    var output: String?

    @OptionGroup var contentOption: ContentOption

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let slug = organization.slug
        let options = BuildOptions(content: contentOption.content, workingDirectory: workingDirectory)
        let (data, problems) = WorkbookExport.export(slug: slug, options: options)
        for problem in problems.sorted { console.error(problem.description) }
        guard let data else {
            console.error("libro: no se escribió el libro; corrige lo de arriba y vuelve a intentarlo")
            return 1
        }
        let path = output ?? "organizacion-\(slug).xlsx"
        let destination =
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
        do {
            try data.write(to: destination, options: .atomic)
        } catch {
            console.error("libro: no se pudo escribir «\(path)»: \(error.localizedDescription)")
            return 1
        }
        console.out("libro: datos de «\(slug)» escritos en \(path)")
        return 0
    }
}
