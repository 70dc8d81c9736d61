import ArgumentParser
import Foundation
import LibroKit

/// `libro importar <archivo> --organizacion <slug>`: answers filled in the browser, into the
/// organization's data.
struct ImportCommand: ParsableCommand, LibroSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "importar",
        abstract: "Lleva a los datos de una organización las respuestas de hojas llenadas en el navegador.",
        discussion: """
            Revisa el archivo de respuestas que descarga una hoja de trabajo del sitio, muestra lo que \
            cambiará y, si lo confirmas, lo guarda en content/organizaciones/<slug>/respuestas/. Los \
            archivos de datos escritos a mano no cambian: libro pone las respuestas sobre ellos al \
            construir.

            Ejemplos:
              libro importar respuestas.yml --organizacion red-del-valle
              libro importar respuestas.yml --organizacion red-del-valle --reemplazar --si
            """,
        aliases: ["import"]
    )

    @Argument(help: ArgumentHelp("El archivo de respuestas descargado del sitio (.yml).", valueName: "archivo"))
    var file: String

    @OptionGroup var organization: OrganizationOption

    @Flag(name: .customLong("reemplazar"), help: "Las respuestas ganan sobre los valores que ya tienen los datos.")
    var replace = false

    @Flag(name: [.customLong("si"), .customLong("sí")], help: "Aplica los cambios sin preguntar (para scripts).")
    var yes = false

    @OptionGroup var contentOption: ContentOption

    func execute(workingDirectory: URL, console: Console) -> Int32 {
        let slug = organization.slug
        let options = BuildOptions(content: contentOption.content, workingDirectory: workingDirectory)
        let source = file.hasPrefix("/") ? URL(fileURLWithPath: file) : workingDirectory.appendingPathComponent(file)
        let (plan, problems) = AnswersImport.prepare(
            file: source, displayPath: file, slug: slug, replace: replace, options: options)
        for problem in problems.sorted { console.error(problem.description) }
        guard let plan else {
            console.error("libro: no se importó nada; corrige lo de arriba y vuelve a intentarlo")
            return 1
        }
        console.out("libro: cambios en los datos de «\(slug)»:")
        for line in plan.changes { console.out(line) }
        guard yes || confirmed(console) else { return 1 }
        do {
            for written in try AnswersImport.apply(plan) { console.out("libro: guardado \(written)") }
        } catch {
            console.error("libro: no se pudieron guardar las respuestas: \(error.localizedDescription)")
            return 1
        }
        return 0
    }

    /// Whether someone at the terminal said yes; a script must say so with `--si`.
    private func confirmed(_ console: Console) -> Bool {
        guard let reply = console.ask("¿Aplicar estos cambios? [s/N]") else {
            console.error("libro: no se aplicó nada: para aplicar los cambios sin preguntar, agrega --si")
            return false
        }
        let yes = ["s", "si", "sí"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased())
        if !yes { console.out("libro: no se cambió nada") }
        return yes
    }
}
