import Diagnostics
import Foundation

/// Reads a text file of `content/` as UTF-8, reporting what keeps it from being read.
enum SourceReader {
    static func read(
        _ path: String,
        in folder: URL,
        displayRoot: String,
        diagnostics: inout DiagnosticList
    ) -> SourceText? {
        let displayPath = displayRoot + "/" + path
        do {
            // By path, without building a URL per file: this runs for every page.
            let data =
                try FileManager.default.contents(atPath: folder.path + "/" + path)
                ?? Data(contentsOf: folder.appendingPathComponent(path))
            switch TextDecoding.decode(data, displayPath: displayPath) {
            case .success(let text): return SourceText(displayPath: displayPath, text: text)
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
