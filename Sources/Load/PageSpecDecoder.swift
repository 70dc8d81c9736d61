import Diagnostics
import Model
import Yams

/// Decodes `paginas:` of `organizacion:`: the pages made from an organization's data.
enum PageSpecDecoder {
    static let keys = ["ruta", "id", "titulo", "plantilla", "sesiones", "datos", "por_cada"]

    static func pages(
        _ node: Node, in parent: YAMLMapping, files: [DataFileSpec], diagnostics: inout DiagnosticList
    ) -> [DataPageSpec] {
        guard let items = node.sequence else {
            diagnostics.append(parent.typeError("paginas", expected: "una lista de páginas (`- ruta: …`)", at: node))
            return []
        }
        let pages = items.compactMap { page($0, in: parent, files: files, &diagnostics) }
        if !pages.isEmpty, !pages.contains(where: { $0.path == "_index.md" }) {
            diagnostics.append(
                .error(
                    "falta-campo",
                    "las páginas de una organización necesitan una con `ruta: _index.md`, la de su carpeta",
                    at: parent.locationOfValue("paginas") ?? parent.location))
        }
        return pages
    }

    private static func page(
        _ node: Node, in parent: YAMLMapping, files: [DataFileSpec], _ diagnostics: inout DiagnosticList
    ) -> DataPageSpec? {
        guard
            let spec = YAMLMapping(
                node, what: "una página", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(allowed: keys, what: "la página", diagnostics: &diagnostics)
        guard let path = spec.string("ruta", diagnostics: &diagnostics), path.hasSuffix(".md"),
            let template = spec.string("plantilla", diagnostics: &diagnostics)
        else {
            diagnostics.append(
                .error(
                    "falta-campo", "una página necesita `ruta:` (que termina en .md) y `plantilla:`",
                    at: spec.location))
            return nil
        }
        let data = spec.locatedTexts("datos", diagnostics: &diagnostics) ?? []
        let forEach = spec.locatedTexts("por_cada", diagnostics: &diagnostics)?.first
        for name in data + [forEach].compactMap({ $0 }) where !files.contains(where: { $0.name == name.text }) {
            diagnostics.append(
                .error(
                    "referencia-no-encontrada",
                    "«\(name.text)» no es un archivo de la organización\(Suggestion.phrase(for: name.text, in: files.map(\.name)))",
                    at: name.location))
        }
        let id = spec.string("id", diagnostics: &diagnostics) ?? (path == "_index.md" ? "" : defaultID(path))
        return DataPageSpec(
            path: path, id: id, title: spec.string("titulo", diagnostics: &diagnostics) ?? "", template: template,
            sessions: spec.sessionNumbers("sesiones", diagnostics: &diagnostics), data: data.map(\.text),
            forEach: forEach?.text, location: spec.location)
    }

    /// `aliados/_index.md` → `aliados`, `sistema.md` → `sistema`.
    private static func defaultID(_ path: String) -> String {
        let trimmed =
            path.hasSuffix("/_index.md") ? String(path.dropLast("/_index.md".count)) : String(path.dropLast(3))
        return trimmed.replacingOccurrences(of: "/", with: "-")
    }
}
