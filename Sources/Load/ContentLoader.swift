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
            let source = SourceReader.read(
                SiteConfigDecoder.fileName, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics)
        {
            content.config = SiteConfigDecoder.decode(source, diagnostics: &diagnostics)
        }
        let options = MarkdownOptions(allowsRawHTML: content.config.allowsRawHTML)

        // Organizations' folders hold data, read only for the organizations a build includes.
        for path in paths where path != SiteConfigDecoder.fileName && !path.hasPrefix(OrganizationLoader.folder + "/") {
            guard path.hasSuffix(".md") else {
                content.staticFiles.append(StaticFile(path: path))
                continue
            }
            guard let source = SourceReader.read(path, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics),
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
}
