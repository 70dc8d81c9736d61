import Foundation
import LibroKit

/// `libro nuevo taller <carpeta>`: the package libro ships, copied into a
/// new folder where `libro construir` works at once.
enum NewWorkshop {
    static let kinds: Set<String> = ["taller"]

    static func execute(folder: String, workingDirectory: URL, console: Console) -> Int32 {
        let installation = Installation.current
        return ScaffoldReport.print(
            WorkshopScaffold.create(
                folder: folder, workingDirectory: workingDirectory, package: installation.package,
                searched: installation.searched.suffix(1)),
            next:
                "libro: listo; entra en la carpeta con `cd \(shellWord(folder))` y construye el sitio con `libro construir`; ábrelo en site/index.html",
            console: console)
    }

    /// The folder as one word a shell reads back unchanged: «Mi Taller» must be `cd 'Mi Taller'`.
    static func shellWord(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || "0123456789._/-+".unicodeScalars.contains($0)
            }
        return plain ? text : "'" + text.replacing("'", with: #"'\''"#) + "'"
    }
}
