import Diagnostics
import Foundation
import Model

/// Reads a page's front matter into `FrontMatter`, reporting every problem it finds.
enum FrontMatterDecoder {
    static let keys = ["titulo", "id", "orden", "numero", "resumen", "numeracion", "sesiones", "numero_en_enlaces"]

    static func decode(
        _ parts: FrontMatterSplitter.Parts,
        isSectionIndex: Bool,
        in source: SourceText,
        diagnostics: inout DiagnosticList
    ) -> FrontMatter? {
        guard
            let fields = YAMLMapping.parse(
                parts.yaml,
                what: "el encabezado",
                in: source,
                firstLine: parts.yamlFirstLine,
                diagnostics: &diagnostics
            )
        else { return nil }

        fields.rejectUnknownKeys(allowed: keys, what: "el encabezado", diagnostics: &diagnostics)
        // A known key in the wrong file gets its own message rather than "unknown key".
        if !isSectionIndex, let location = fields.locationOfValue("numeracion") {
            diagnostics.append(
                .error(
                    "numeracion-fuera-de-seccion",
                    "`numeracion` solo va en el `_index.md` de una carpeta: numera las páginas de esa sección",
                    at: location
                )
            )
        }

        let title = fields.string("titulo", diagnostics: &diagnostics).map(trimmed)
        let id = fields.string("id", diagnostics: &diagnostics)
        if let id, let location = fields.locationOfValue("id"), !PageIDSyntax.isValid(id) {
            diagnostics.append(
                .error(
                    "id-no-valido",
                    "el id «\(id)» solo puede llevar minúsculas sin acentos, dígitos, `-`, `_`, `.` y `/`",
                    at: location
                )
            )
        }
        var frontMatter = FrontMatter(
            title: title ?? "",
            id: id,
            idLocation: fields.locationOfValue("id"),
            order: fields.int("orden", diagnostics: &diagnostics),
            number: fields.string("numero", diagnostics: &diagnostics),
            summary: fields.string("resumen", diagnostics: &diagnostics),
            numbering: isSectionIndex
                ? fields.choice("numeracion", as: Numbering.self, diagnostics: &diagnostics) : nil,
            sessions: fields.sessionNumbers("sesiones", diagnostics: &diagnostics)
        )
        if let shows = fields.bool("numero_en_enlaces", diagnostics: &diagnostics) { frontMatter.numberInLinks = shows }
        guard let title, !title.isEmpty else {
            diagnostics.append(missingTitle(at: source.location(line: 1)))
            return nil
        }
        return frontMatter
    }

    /// Without spaces at either end. Foundation's `trimmingCharacters` goes through `NSString`,
    /// 23 M instructions for the 1 000 titles of the 1 000-page corpus (callgrind), so a title
    /// that starts and ends with an ASCII character other than a space, nearly every one, is
    /// kept as it is.
    private static func trimmed(_ title: String) -> String {
        if let first = title.utf8.first, let last = title.utf8.last,
            (0x21..<0x80).contains(first), (0x21..<0x80).contains(last)
        {
            return title
        }
        return title.trimmingCharacters(in: .whitespaces)
    }

    private static func missingTitle(at location: SourceLocation) -> Diagnostic {
        .error("sin-titulo", "falta `titulo:` en el encabezado; toda página necesita un título", at: location)
    }
}

/// What an id may look like: safe in URLs and file names on every system.
enum PageIDSyntax {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("/") && !id.hasSuffix("/") && !id.contains("..")
            && id.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "-_./".unicodeScalars.contains(scalar)
            }
    }
}
