import Foundation

/// A small built site in a temporary folder, with a secret beside it that no answer may ever
/// hold, reachable only through paths that leave the folder: `..` in any spelling, and symbolic
/// links inside the site that point out.
struct ServedSite {
    static let secret = "SECRETO-FUERA-DEL-SITIO-5c1d"

    let folder: URL
    var root: URL { folder.appendingPathComponent("sitio") }

    /// Bigger than two chunks of the responder, so streaming goes round more than once.
    static let largeFileSize = 600 * 1024

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("libro-fuzz-serve-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        let files: [(String, String)] = [
            ("secreto.txt", Self.secret),
            ("sitio/index.html", "<!doctype html><html><body><p>inicio</p></body></html>"),
            ("sitio/404.html", "<!doctype html><html><body><p>no existe</p></body></html>"),
            ("sitio/guia/index.html", "<html><body>guía</body></html>"),
            ("sitio/guia/capitulo.html", "<p>sin cuerpo</p>"),
            ("sitio/recursos/estilo.css", "body { color: black; }"),
            ("sitio/img/mapa de ruta.svg", "<svg/>"),
            ("sitio/vacio/.oculto", ""),
        ]
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try Data(repeating: UInt8(ascii: "x"), count: Self.largeFileSize)
            .write(to: root.appendingPathComponent("recursos/grande.bin"))
        let links = [
            ("sitio/enlace-dentro.html", "index.html"),
            ("sitio/secreto.txt", "../secreto.txt"),
            ("sitio/afuera", ".."),
            ("sitio/guia/raiz", ".."),
            ("sitio/roto", "no-existe"),
        ]
        for (path, destination) in links {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(path).path, withDestinationPath: destination)
        }
    }
}
