import Diagnostics
import Model
import Yams

/// Decodes a glossary entry's `termino` block.
enum TermBlockDecoder {
    static let keys = ["variantes", "siglas"]

    static func term(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> TermSpec? {
        fields.rejectUnknownKeys(allowed: keys, what: "el bloque `termino`", diagnostics: &diagnostics)
        return TermSpec(
            variants: fields.stringList("variantes", diagnostics: &diagnostics) ?? [],
            acronyms: fields.stringList("siglas", diagnostics: &diagnostics) ?? []
        )
    }
}

/// Decodes a `referencias` block: a YAML list of references.
enum ReferenceDecoder {
    static let keys = ["clave", "autores", "anio", "titulo", "publicacion", "url", "nota"]

    static func decode(_ yaml: String, _ context: BlockContext, _ diagnostics: inout DiagnosticList) -> [Reference]? {
        let node: Node?
        switch YAMLParsing.parse(yaml, in: context.source, firstLine: context.yamlFirstLine) {
        case .success(let parsed): node = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let node else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(
                .error(
                    "referencias-no-es-lista",
                    "el bloque `referencias` es una lista: empieza cada referencia con `- autores: …`",
                    at: context.location
                )
            )
            return nil
        }
        return items.compactMap { item in
            guard
                let fields = YAMLMapping(
                    item,
                    what: "una referencia",
                    in: context.source,
                    firstLine: context.yamlFirstLine,
                    diagnostics: &diagnostics
                )
            else { return nil }
            return reference(fields, &diagnostics)
        }
    }

    private static func reference(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> Reference? {
        fields.rejectUnknownKeys(allowed: keys, what: "la referencia", diagnostics: &diagnostics)
        var url = fields.string("url", diagnostics: &diagnostics)
        if let address = url, let location = fields.locationOfValue("url"),
            !(address.hasPrefix("https://") || address.hasPrefix("http://"))
        {
            diagnostics.append(
                .error(
                    "url-no-valida",
                    "«\(address)» no es una dirección web; escríbela completa, con `https://` o `http://`",
                    at: location
                )
            )
            url = nil
        }
        var reference = Reference(
            authors: fields.string("autores", diagnostics: &diagnostics),
            year: fields.string("anio", diagnostics: &diagnostics),
            title: fields.string("titulo", diagnostics: &diagnostics),
            publication: fields.string("publicacion", diagnostics: &diagnostics),
            url: url,
            note: fields.string("nota", diagnostics: &diagnostics)
        )
        if let key = fields.string("clave", diagnostics: &diagnostics), let location = fields.locationOfValue("clave") {
            if IDSyntax.isValid(key) {
                reference.key = key
                reference.keyLocation = location
            } else {
                diagnostics.append(IDSyntax.problem(key, what: "la clave de una referencia", at: location))
            }
        }
        // Some sources are cited by author alone; a reference needs at least one of the two.
        guard reference.title != nil || reference.authors != nil else {
            diagnostics.append(
                .error(
                    "referencia-vacia",
                    "a esta referencia le faltan `titulo:` y `autores:`; escribe al menos uno",
                    at: fields.location
                )
            )
            return nil
        }
        return reference
    }
}
