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
            bodies: [],
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
        var markdownPaths: [String] = []
        for path in paths where path != SiteConfigDecoder.fileName && !path.hasPrefix(OrganizationLoader.folder + "/") {
            if path.hasSuffix(".md") {
                markdownPaths.append(path)
            } else {
                content.staticFiles.append(StaticFile(path: path))
            }
        }
        // Pages load on every core; results and problems keep the order of the paths.
        let loaded = Parallel.map(markdownPaths.count) { [markdownPaths] index in
            var problems = DiagnosticList()
            var times = WorkTimes()
            let path = markdownPaths[index]
            let source = times.measure(.read) {
                SourceReader.read(path, in: folder, displayRoot: displayRoot, diagnostics: &problems)
            }
            let page = source.flatMap {
                PageLoader.load(path: path, source: $0, options: options, diagnostics: &problems, times: &times)
            }
            return LoadedPage(page: page, problems: problems, times: times)
        }
        for result in loaded {
            diagnostics.append(contentsOf: result.problems)
            content.times.add(result.times)
            guard let (page, body) = result.page else { continue }
            content.pages.append(page)
            content.bodies.append(body)
        }
        return (content, diagnostics)
    }
}

/// One page's outcome, carried from the worker that loaded it.
private struct LoadedPage: Sendable {
    let page: (SourcePage, MarkdownSource)?
    let problems: DiagnosticList
    let times: WorkTimes
}
