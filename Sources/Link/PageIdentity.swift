import Diagnostics
import Model

/// Ids and output paths of pages, checked for clashes.
enum PageIdentity {
    /// The explicit `id`, or one made from the path: `guia/introduccion`, `guia` for
    /// `guia/_index.md`, `inicio` for the home page.
    static func id(of page: SourcePage) -> String { page.id }

    /// `guia/introduccion.md` → `guia/introduccion.html`; `guia/_index.md` → `guia/index.html`.
    static func outputPath(of page: SourcePage) -> String {
        if page.isSectionIndex { return String(page.path.dropLast("_index.md".count)) + "index.html" }
        return String(page.path.dropLast(".md".count)) + ".html"
    }

    /// Reports ids used twice and pages written over each other or over theme files.
    static func checkClashes(
        _ pages: [SourcePage],
        staticFiles: [StaticFile],
        displayRoot: String,
        diagnostics: inout DiagnosticList
    ) {
        // Where each id was first used: keeping whole pages here cost more than the check.
        var ids: [String: String] = [:]
        // By the name Windows and macOS would give the file: the output and what it comes from.
        var outputs: [String: (output: String, source: String)] = [:]
        for file in staticFiles {
            outputs[PortablePath.key(file.path)] = (file.path, file.path)
            if isReserved(file.path) {
                diagnostics.append(reservedError(file.path, at: SourceLocation(file: "\(displayRoot)/\(file.path)")))
            }
        }
        for page in pages {
            let id = id(of: page)
            if let first = ids[id] {
                diagnostics.append(
                    .error(
                        "id-duplicado",
                        "el id «\(id)» ya lo usa \(first); cada página necesita un id único",
                        at: page.frontMatter.idLocation ?? page.location
                    )
                )
            } else {
                ids[id] = page.location.file
            }
            let output = outputPath(of: page)
            let key = PortablePath.key(output)
            if let other = outputs[key] {
                // Sources whose own names clash were reported when the folder was listed.
                if PortablePath.key(other.source) != PortablePath.key(page.path) {
                    diagnostics.append(clashError(output, other, at: page.location))
                }
            } else if isReserved(output) {
                diagnostics.append(reservedError(output, at: page.location))
            } else {
                outputs[key] = (output, page.path)
            }
        }
    }

    private static func clashError(
        _ output: String, _ other: (output: String, source: String), at location: SourceLocation
    ) -> Diagnostic {
        let how =
            output.utf8.elementsEqual(other.output.utf8)
            ? ""
            : " (los nombres se distinguen \(PortablePath.difference(output, other.output)), y en Windows y macOS serían el mismo archivo)"
        return .error(
            "salida-duplicada",
            "esta página se escribiría en «\(output)», que ya ocupa «\(other.source)»\(how); cambia el nombre de uno de los dos",
            at: location
        )
    }

    private static func isReserved(_ output: String) -> Bool {
        SiteLayout.reservedPaths.contains(output) || output.hasPrefix(SiteLayout.assetsFolder + "/")
    }

    private static func reservedError(_ output: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "salida-reservada",
            "«\(output)» lo escribe el tema; cambia el nombre o la carpeta de este archivo",
            at: location
        )
    }
}
