import Diagnostics
import Foundation
import Markdown
import Model

/// LOAD: reads `content/` (config, pages, static files), collecting every problem it meets.
public enum ContentLoader {
    /// - Parameters:
    ///   - folder: the content folder on disk.
    ///   - displayRoot: how that folder is named in diagnostics (`content`).
    /// - Returns: nil for the content when the folder itself cannot be read.
    public static func load(from folder: URL, displayRoot: String) -> (LoadedContent?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var content = LoadedContent(
            config: SiteConfig(),
            pages: [],
            documents: [],
            staticFiles: [],
            displayRoot: displayRoot
        )
        guard let paths = try? FileTree.files(in: folder) else {
            diagnostics.append(
                .error(
                    "carpeta-no-encontrada",
                    "no existe o no se puede leer la carpeta de contenido; indica la correcta con --content",
                    at: SourceLocation(file: displayRoot, line: 0, column: 0)
                )
            )
            return (nil, diagnostics)
        }

        if paths.contains(SiteConfigDecoder.fileName),
            let source = readText(
                SiteConfigDecoder.fileName, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics)
        {
            content.config = SiteConfigDecoder.decode(source, diagnostics: &diagnostics)
        }
        let options = MarkdownOptions(allowsRawHTML: content.config.allowsRawHTML)

        for path in paths where path != SiteConfigDecoder.fileName {
            guard path.hasSuffix(".md") else {
                content.staticFiles.append(StaticFile(path: path))
                continue
            }
            guard let source = readText(path, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics),
                let (page, document) = PageLoader.load(
                    path: path,
                    source: source,
                    options: options,
                    diagnostics: &diagnostics
                )
            else { continue }
            content.pages.append(page)
            content.documents.append(document)
        }
        return (content, diagnostics)
    }

    private static func readText(
        _ path: String,
        in folder: URL,
        displayRoot: String,
        diagnostics: inout DiagnosticList
    ) -> SourceText? {
        let displayPath = displayRoot + "/" + path
        do {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
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
