import ArgumentParser
import Foundation
import LibroKit

struct NewCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "nuevo",
        abstract: "Crea los archivos de datos de una organización nueva, con ejemplos comentados.",
        discussion: """
            Escribe content/organizaciones/<nombre>/ con una copia \
            de los archivos de ejemplo del paquete (content/andamio/organizacion/), uno por cada archivo \
            que su metodo.yml describe. Con --excel escribe en su lugar un solo libro, organizacion.xlsx, \
            con una hoja por tabla, listas desplegables, instrucciones y los mismos datos de ejemplo.
            Nunca sobrescribe: si la carpeta ya existe, no hace nada.

            Ejemplos:
              libro nuevo organizacion red-del-valle
              libro nuevo organizacion red-del-valle --excel
            """,
        aliases: ["new"]
    )

    @Argument(help: ArgumentHelp("Qué crear; por ahora solo «organizacion».", valueName: "qué"))
    var kind: String

    @Argument(
        help: ArgumentHelp(
            "Nombre de la carpeta: minúsculas sin acentos, dígitos y guiones (red-del-valle).", valueName: "nombre"))
    var slug: String

    @OptionGroup var contentOption: ContentOption

    @Flag(name: .long, help: "Escribe un libro de Excel (organizacion.xlsx) en lugar de archivos YAML y CSV.")
    var excel = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        guard kind == "organizacion" || kind == "organización" else {
            console.error("libro: «\(kind)» no es algo que libro sepa crear; usa `libro nuevo organizacion <nombre>`")
            return 64
        }
        let folder = BuildOptions(content: contentOption.content, workingDirectory: workingDirectory)
        if excel {
            switch WorkbookExport.template(
                slug: slug, contentFolder: folder.contentFolder, displayRoot: folder.contentDisplayName)
            {
            case .failure(let problem):
                console.error(problem.description)
                return 1
            case .success(let file):
                console.out("creado: \(file)")
                console.out(
                    "libro: listo; ábrelo en Excel, LibreOffice o Google Sheets, cambia los ejemplos por los datos de la organización y construye con `libro construir --organizacion \(slug)`"
                )
                return 0
            }
        }
        switch Scaffold.organization(
            slug: slug, contentFolder: folder.contentFolder, displayRoot: folder.contentDisplayName)
        {
        case .failure(let problem):
            console.error(problem.description)
            return 1
        case .success(let files):
            for file in files { console.out("creado: \(file)") }
            console.out(
                "libro: listo; cambia los ejemplos por los datos de la organización y construye con `libro construir --organizacion \(slug)` (o agrégala a `organizaciones:` en libro.yml)"
            )
            return 0
        }
    }
}
