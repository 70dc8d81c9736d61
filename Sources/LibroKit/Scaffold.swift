import Diagnostics
import Foundation
import Link
import Load

/// `libro nuevo organizacion <slug>`: a new organization's data files, copied from the package's
/// own example in `content/andamio/organizacion/` (commented files that pass `libro revisar` as they
/// are). It never overwrites anything.
public enum Scaffold {
    /// Writes the files and returns their paths as shown to the user, or the reason it did not.
    public static func organization(
        slug: String,
        contentFolder: URL,
        displayRoot: String
    ) -> Result<[String], Diagnostic> {
        let display = "\(displayRoot)/\(OrganizationLoader.folder)/\(slug)"
        let destination: URL
        switch newFolder(slug: slug, contentFolder: contentFolder, displayRoot: displayRoot) {
        case .failure(let problem): return .failure(problem)
        case .success(let folder): destination = folder
        }
        let examples = contentFolder.appendingPathComponent(ContentLoader.scaffoldFolder)
            .appendingPathComponent("organizacion")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: examples.path, isDirectory: &isFolder), isFolder.boolValue else {
            return .failure(
                .error(
                    "andamio-faltante",
                    "el paquete no trae un ejemplo de organización para copiar: crea la carpeta `\(displayRoot)/\(ContentLoader.scaffoldFolder)/organizacion/` con sus archivos de datos",
                    at: SourceLocation(file: "\(displayRoot)/\(ContentLoader.scaffoldFolder)/organizacion", line: 0)))
        }
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: examples, to: destination)
            let files = FileManager.default.enumerator(atPath: destination.path)?.compactMap { $0 as? String } ?? []
            return .success(
                files.filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted().map { "\(display)/\($0)" })
        } catch {
            return .failure(
                .error(
                    "escritura-fallida", "no se pudo crear «\(display)»: \(error.localizedDescription)",
                    at: SourceLocation(file: display, line: 0)))
        }
    }

    /// Where a new organization's folder goes; a problem when the name does not fit or the
    /// folder exists.
    static func newFolder(slug: String, contentFolder: URL, displayRoot: String) -> Result<URL, Diagnostic> {
        let display = "\(displayRoot)/\(OrganizationLoader.folder)/\(slug)"
        guard OrganizationLoader.isValidSlug(slug) else {
            return .failure(
                .error("id-no-valido", refusedName(slug), at: SourceLocation(file: display, line: 0)))
        }
        let destination = contentFolder.appendingPathComponent(OrganizationLoader.folder).appendingPathComponent(slug)
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            return .failure(
                .error(
                    "ya-existe",
                    "ya existe la carpeta «\(display)»; libro no sobrescribe datos: elige otro nombre o bórrala primero",
                    at: SourceLocation(file: display, line: 0)))
        }
        return .success(destination)
    }

    /// Why `slug` cannot name a folder, with the name to use instead when one can be made of it.
    static func refusedName(_ slug: String) -> String {
        let suggestion = Slug.make(slug)
        guard suggestion != "seccion" || slug.lowercased().contains("seccion"), suggestion != slug else {
            return
                "«\(slug)» no sirve como nombre de organización: usa minúsculas sin acentos, dígitos y `-`, como `red-del-valle`"
        }
        return "el nombre «\(slug)» no sirve para una carpeta: usa «\(suggestion)»"
    }

    /// A new organization's folder with one file, `name`; its path as shown.
    static func writeNew(_ data: Data, named name: String, slug: String, contentFolder: URL, displayRoot: String)
        -> Result<String, Diagnostic>
    {
        let display = "\(displayRoot)/\(OrganizationLoader.folder)/\(slug)"
        switch newFolder(slug: slug, contentFolder: contentFolder, displayRoot: displayRoot) {
        case .failure(let problem): return .failure(problem)
        case .success(let folder):
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: folder.appendingPathComponent(name), options: .withoutOverwriting)
                return .success("\(display)/\(name)")
            } catch {
                return .failure(
                    .error(
                        "escritura-fallida", "no se pudo crear «\(display)/\(name)»: \(error.localizedDescription)",
                        at: SourceLocation(file: display, line: 0)))
            }
        }
    }
}
