import Diagnostics
import Foundation
import Model

/// Finds the headless browser `libro construir --pdf` prints with, before anything is built, so a
/// machine without one gets a clear error and an untouched output folder.
enum PDFBrowser {
    /// Names tried on `PATH` when neither `LIBRO_CHROMIUM` nor `libro.yml` names a browser.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser to run, or the error that says what to install.
    static func find(_ options: BuildOptions, config: SiteConfig) -> Result<URL, Diagnostic> {
        if let named = options.pdfBrowser, !named.isEmpty {
            return resolve(named, searchPath: options.searchPath).map(Result.success)
                ?? .failure(
                    missing(
                        "la variable LIBRO_CHROMIUM nombra «\(named)», que no es un programa que se pueda ejecutar",
                        at: SourceLocation(file: "LIBRO_CHROMIUM", line: 0, column: 0)))
        }
        if let named = config.pdfBrowser {
            let location =
                config.pdfBrowserLocation ?? SourceLocation(file: options.contentDisplayName, line: 0, column: 0)
            return resolve(named, searchPath: options.searchPath).map(Result.success)
                ?? .failure(
                    missing(
                        "`navegador_pdf` nombra «\(named)», que no es un programa que se pueda ejecutar",
                        at: location))
        }
        for name in candidates {
            if let found = resolve(name, searchPath: options.searchPath) { return .success(found) }
        }
        return .failure(
            missing(
                "no se encontró Chromium (se buscó \(candidates.joined(separator: ", ")) en el PATH)",
                at: SourceLocation(file: "--pdf", line: 0, column: 0)))
    }

    /// A path (with a `/`) as written, or the first executable of that name on `searchPath`.
    static func resolve(_ name: String, searchPath: String) -> URL? {
        let fileManager = FileManager.default
        if name.contains("/") {
            return fileManager.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name).standardizedFileURL : nil
        }
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let path = "\(folder)/\(name)"
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                fileManager.isExecutableFile(atPath: path)
            {
                return URL(fileURLWithPath: path)
            }
        }
        return nil
    }

    private static func missing(_ what: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "navegador-no-encontrado",
            "\(what); `--pdf` imprime las páginas con Chromium sin ventana: instálalo (`sudo apt install chromium`) o escribe su ruta en libro.yml (`navegador_pdf: /ruta/al/chromium`) o en la variable LIBRO_CHROMIUM",
            at: location)
    }
}
