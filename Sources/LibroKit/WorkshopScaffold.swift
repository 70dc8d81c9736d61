import Diagnostics
import Foundation

/// `libro nuevo taller <carpeta>`: a folder ready to build, with a copy of the package libro
/// ships in `content/` (its `libro.yml`, its sample organization and its scaffolds) and a
/// `.gitignore` for what a build writes. It never writes into a folder that has anything in it.
public enum WorkshopScaffold {
    /// What a build writes beside `content/`, kept out of version control.
    static let ignored = "/site/\n/site.zip\n"

    /// Creates the folder and returns what it created as shown to the user, or why it did not.
    public static func create(folder: String, workingDirectory: URL, package: URL?, searched: [String])
        -> Result<[String], Diagnostic>
    {
        let destination =
            folder.hasPrefix("/")
            ? URL(fileURLWithPath: folder).standardizedFileURL
            : workingDirectory.appendingPathComponent(folder).standardizedFileURL
        let location = SourceLocation(file: folder, line: 0, column: 0)
        if let problem = refusal(destination, folder: folder, at: location) { return .failure(problem) }
        guard let package else {
            let places = searched.map { "«\($0)»" }.joined(separator: " y ")
            return .failure(
                .error(
                    "paquete-no-encontrado",
                    "no se encuentra el paquete que libro trae para copiar: lo buscó en \(places); reinstala libro",
                    at: location))
        }
        let manager = FileManager.default
        let existed = Installation.isFolder(destination)
        do {
            try manager.createDirectory(at: destination, withIntermediateDirectories: true)
            try manager.copyItem(at: package, to: destination.appendingPathComponent("content"))
            try WorkshopSettings.dropOutsideLinks(in: destination.appendingPathComponent("content"))
            try Data(ignored.utf8).write(to: destination.appendingPathComponent(".gitignore"))
            return .success(["\(folder)/content/", "\(folder)/.gitignore"])
        } catch {
            // Take back only what this call wrote; the folder was empty or absent before.
            for name in ["content", ".gitignore"] {
                try? manager.removeItem(at: destination.appendingPathComponent(name))
            }
            if !existed { try? manager.removeItem(at: destination) }
            return .failure(
                .error(
                    "escritura-fallida", "no se pudo crear «\(folder)»: \(error.localizedDescription)", at: location))
        }
    }

    /// Why `destination` cannot take a new workshop: it is a file, or a folder with something in it.
    private static func refusal(_ destination: URL, folder: String, at location: SourceLocation) -> Diagnostic? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else { return nil }
        guard Installation.isFolder(destination) else {
            return .error(
                "ya-existe", "ya existe un archivo llamado «\(folder)»; elige otro nombre para la carpeta del taller",
                at: location)
        }
        let entries = (try? manager.contentsOfDirectory(atPath: destination.path)) ?? ["?"]
        guard entries.isEmpty else {
            return .error(
                "ya-existe",
                "la carpeta «\(folder)» ya existe y no está vacía; libro no sobrescribe nada: elige otra carpeta o vacíala primero",
                at: location)
        }
        return nil
    }
}
