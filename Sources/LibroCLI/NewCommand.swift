import ArgumentParser
import Foundation
import LibroKit

struct NewCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "nuevo",
        abstract: "Crea una organización nueva (sus archivos de datos, con ejemplos comentados) o un taller nuevo.",
        discussion: """
            Escribe content/organizaciones/<nombre>/ con una copia \
            de los archivos de ejemplo del paquete (content/andamio/organizacion/), uno por cada archivo \
            que su metodo.yml describe. Con --excel escribe en su lugar un solo libro, organizacion.xlsx, \
            con una hoja por tabla, listas desplegables, instrucciones y los mismos datos de ejemplo.
            Nunca sobrescribe: si la carpeta ya existe, no hace nada.
            `libro nuevo taller <carpeta>` crea en su lugar la carpeta con una copia del paquete que trae \
            libro (content/, con su organización de ejemplo), lista para construir con `libro construir` \
            dentro de ella.

            Ejemplos:
              libro nuevo organizacion red-del-valle
              libro nuevo organizacion red-del-valle --excel
              libro nuevo taller taller-cuenca
            """,
        aliases: ["new"]
    )

    @Argument(help: ArgumentHelp("Qué crear: «organizacion» o «taller».", valueName: "qué"))
    var kind: String

    @Argument(
        help: ArgumentHelp(
            "La carpeta: para una organización, minúsculas sin acentos, dígitos y guiones (red-del-valle).",
            valueName: "nombre"))
    var slug: String

    @OptionGroup var contentOption: ContentOption

    @Flag(name: .long, help: "Escribe un libro de Excel (organizacion.xlsx) en lugar de archivos YAML y CSV.")
    var excel = false

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        if NewWorkshop.kinds.contains(kind) {
            return NewWorkshop.execute(folder: slug, workingDirectory: workingDirectory, console: console)
        }
        guard kind == "organizacion" || kind == "organización" else {
            console.error(
                "libro: «\(kind)» no es algo que libro sepa crear; usa `libro nuevo organizacion <nombre>` o `libro nuevo taller <carpeta>`"
            )
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
        return ScaffoldReport.print(
            Scaffold.organization(
                slug: slug, contentFolder: folder.contentFolder, displayRoot: folder.contentDisplayName),
            next:
                "libro: listo; cambia los ejemplos por los datos de la organización y construye con `libro construir --organizacion \(slug)` (o agrégala a `organizaciones:` en libro.yml)",
            console: console)
    }
}
