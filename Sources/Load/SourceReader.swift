import Diagnostics
import Files
import Foundation

/// Reads a text file of `content/`, reporting what keeps it from being read.
enum SourceReader {
    /// The encodings a file may be in.
    enum Encodings {
        /// Pages and YAML, which editors save in UTF-8.
        case utf8
        /// Files a spreadsheet saves: also Windows-1252 and UTF-16, with a warning.
        case spreadsheetExport
    }

    /// Pages and data files larger than this are refused unread: no page of a package comes near
    /// it, and a file that does is most likely something else saved under a text name.
    static let maximumBytes = 5_000_000

    static func read(
        _ path: String,
        in folder: URL,
        displayRoot: String,
        encodings: Encodings = .utf8,
        diagnostics: inout DiagnosticList
    ) -> SourceText? {
        let displayPath = displayRoot + "/" + path
        if let size = FileStamp(path: folder.path + "/" + path)?.size, size > maximumBytes {
            diagnostics.append(
                .error(
                    "archivo-demasiado-grande",
                    "el archivo pesa \(size / 1_000_000) MB y libro lee archivos de texto de hasta \(maximumBytes / 1_000_000) MB; divídelo en varias páginas o sácalo de la carpeta de contenido",
                    at: SourceLocation(file: displayPath)
                )
            )
            return nil
        }
        do {
            // By path, without building a URL per file: this runs for every page.
            let data =
                try FileManager.default.contents(atPath: folder.path + "/" + path)
                ?? Data(contentsOf: folder.appendingPathComponent(path))
            let decoded: Result<(text: String, warning: Diagnostic?), Diagnostic> =
                switch encodings {
                case .utf8: TextDecoding.decode(data, displayPath: displayPath).map { (text: $0, warning: nil) }
                case .spreadsheetExport: TextDecoding.decodeSpreadsheetExport(data, displayPath: displayPath)
                }
            switch decoded {
            case .success(let (text, warning)):
                if let warning { diagnostics.append(warning) }
                return SourceText(displayPath: displayPath, text: text)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        } catch {
            diagnostics.append(
                .error(
                    "lectura-fallida",
                    "no se pudo leer el archivo: \(error.localizedDescription)",
                    at: SourceLocation(file: displayPath)
                )
            )
            return nil
        }
    }
}
