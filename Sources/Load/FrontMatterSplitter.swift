import Diagnostics

/// Separates the YAML front matter between `---` lines, when a page has it, from the Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        let yaml: String
        /// Line of the file where the YAML starts (the line after the opening `---`).
        let yamlFirstLine: Int
        let body: String
        /// Line of the file where the body starts.
        let bodyFirstLine: Int
    }

    /// Nil when the page does not open with `---`: it has no front matter (Markdown written for
    /// mdBook, MkDocs or GitHub), and its title comes from its first `#` heading.
    static func split(_ source: SourceText) -> Result<Parts, Diagnostic>? {
        // Walks the bytes line by line and stops at the closing `---`: the body is most of the
        // file and is only sliced, never split into lines.
        let utf8 = source.text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let isFence = Self.isFence(utf8[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isFence else { return nil }
                yamlStart = next
            } else if isFence, let yamlStart {
                let yaml = String(source.text[yamlStart..<lineStart].dropLast(yamlStart < lineStart ? 1 : 0))
                let body = String(source.text[next...])
                return .success(Parts(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
            lineNumber += 1
        }
        // An empty file opens with nothing at all.
        guard yamlStart != nil else { return nil }
        return .failure(
            .error(
                "encabezado-sin-cerrar",
                "el encabezado YAML que abre en la línea 1 nunca se cierra; ¿olvidaste la línea `---` después de los campos?",
                at: source.location(line: 1)
            )
        )
    }

    /// `---`, perhaps followed by spaces or tabs.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes.removeLast() }
        return bytes.elementsEqual("---".utf8)
    }
}
