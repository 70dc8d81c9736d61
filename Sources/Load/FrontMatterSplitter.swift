import Diagnostics

/// Separates the YAML front matter between `---` lines from the Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        let yaml: String
        /// Line of the file where the YAML starts (the line after the opening `---`).
        let yamlFirstLine: Int
        let body: String
        /// Line of the file where the body starts.
        let bodyFirstLine: Int
    }

    static func split(_ source: SourceText) -> Result<Parts, Diagnostic> {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(
                .error(
                    "sin-encabezado",
                    "la página no empieza con un encabezado YAML; escribe en la primera línea `---`, luego `titulo: …` y cierra con otra línea `---`",
                    at: source.location(line: 1)
                )
            )
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            return .failure(
                .error(
                    "encabezado-sin-cerrar",
                    "el encabezado YAML que abre en la línea 1 nunca se cierra; ¿olvidaste la línea `---` después de los campos?",
                    at: source.location(line: 1)
                )
            )
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
