import Diagnostics
import Model
import Yams

/// Decodes the fields `metodo.yml` describes (`campos:`): each one's kind, whether it is
/// required and what it names, recursively through lists and records.
struct FieldSpecDecoder {
    static let keys = [
        "tipo", "obligatorio", "valores", "rango", "max", "de", "campos", "id", "titulo", "referencia", "etiqueta",
        "por_persona", "personas", "hoja",
    ]
    static let kinds = [
        "texto", "numero", "si-no", "fecha", "hora", "opcion", "separados", "meses", "esquema", "conteo", "lista",
        "registro",
    ]

    /// Lists a field's `valores:` may name instead of listing them: `niveles`, `modalidades`.
    let vocabularies: [String: [String]]

    /// Every reference a field makes, with where it is written, to check once every file is known.
    private(set) var references: [LocatedText] = []

    init(vocabularies: [String: [String]]) {
        self.vocabularies = vocabularies
    }

    /// The fields of a `campos:` mapping, in the order written.
    mutating func fields(_ node: Node, in parent: YAMLMapping, diagnostics: inout DiagnosticList) -> [DataField] {
        guard
            let mapping = YAMLMapping(
                node, what: "`campos`", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return [] }
        return mapping.keys.compactMap { name in
            mapping.value(name).flatMap { field(name, $0, in: mapping, diagnostics: &diagnostics) }
        }
    }

    /// One field: a mapping of `tipo:` and the keys its kind takes.
    mutating func field(_ name: String, _ node: Node, in parent: YAMLMapping, diagnostics: inout DiagnosticList)
        -> DataField?
    {
        guard
            let spec = YAMLMapping(
                node, what: "el campo `\(name)`", in: parent.source, firstLine: parent.firstLine,
                diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(allowed: Self.keys, what: "el campo `\(name)`", diagnostics: &diagnostics)
        guard let (schema, item) = schema(of: spec, name: name, diagnostics: &diagnostics) else { return nil }
        var field = DataField(name, schema, required: spec.bool("obligatorio", diagnostics: &diagnostics) ?? false)
        field.label = spec.string("etiqueta", diagnostics: &diagnostics)
        field.reference = item?.reference ?? reference(spec, &diagnostics)
        field.itemID = spec.string("id", diagnostics: &diagnostics)
        field.itemTitle = spec.string("titulo", diagnostics: &diagnostics)
        field.perPerson = spec.int("por_persona", diagnostics: &diagnostics)
        field.people = spec.string("personas", diagnostics: &diagnostics)
        field.sheet = spec.string("hoja", diagnostics: &diagnostics)
        return field
    }

    private mutating func reference(_ spec: YAMLMapping, _ diagnostics: inout DiagnosticList) -> String? {
        guard let target = spec.string("referencia", diagnostics: &diagnostics) else { return nil }
        references.append(LocatedText(target, at: spec.locationOfValue("referencia") ?? spec.location))
        return target
    }

    /// The schema `tipo:` names, and for a list the field its items are.
    private mutating func schema(of spec: YAMLMapping, name: String, diagnostics: inout DiagnosticList)
        -> (DataSchema, item: DataField?)?
    {
        guard let kind = spec.string("tipo", diagnostics: &diagnostics) else {
            diagnostics.append(
                .error(
                    "falta-campo",
                    "falta `tipo:` en el campo `\(name)`; es uno de: \(Self.kinds.joined(separator: ", "))",
                    at: spec.location))
            return nil
        }
        switch kind {
        case "texto": return (.text, nil)
        case "numero": return (.number(range(spec, &diagnostics)), nil)
        case "si-no": return (.flag, nil)
        case "fecha": return (.date, nil)
        case "hora": return (.time, nil)
        // A field whose kind is wrong stays, as text, so what names it is not reported as well.
        case "opcion": return (values(spec, name: name, &diagnostics).map { .choice($0) } ?? .text, nil)
        case "separados": return (.separated(max: spec.int("max", diagnostics: &diagnostics) ?? 10), nil)
        case "meses": return (.months, nil)
        case "esquema": return (.outline, nil)
        case "conteo": return (.tally, nil)
        case "lista": return list(spec, name: name, &diagnostics)
        case "registro":
            guard let fields = spec.value("campos") else { return (.record([]), nil) }
            return (.record(self.fields(fields, in: spec, diagnostics: &diagnostics)), nil)
        default:
            diagnostics.append(
                .error(
                    "valor-no-valido",
                    "«\(kind)» no es un tipo de campo\(Suggestion.phrase(for: kind, in: Self.kinds)) (tipos: \(Self.kinds.joined(separator: ", ")))",
                    at: spec.locationOfValue("tipo") ?? spec.location))
            return (.text, nil)
        }
    }

    private mutating func list(_ spec: YAMLMapping, name: String, _ diagnostics: inout DiagnosticList)
        -> (DataSchema, item: DataField?)?
    {
        guard let item = spec.value("de") else {
            diagnostics.append(
                .error(
                    "falta-campo", "falta `de:` en la lista `\(name)`: el campo que es cada elemento",
                    at: spec.location))
            return nil
        }
        guard let field = field(name, item, in: spec, diagnostics: &diagnostics) else { return nil }
        return (.list(field.schema), field)
    }

    private func range(_ spec: YAMLMapping, _ diagnostics: inout DiagnosticList) -> ClosedRange<Int> {
        guard let node = spec.value("rango") else { return 0...999_999 }
        let bounds = node.sequence.map { $0.compactMap { $0.scalar.flatMap { Int($0.string) } } } ?? []
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            diagnostics.append(spec.typeError("rango", expected: "dos números, el menor primero: `[1, 99]`", at: node))
            return 0...999_999
        }
        return bounds[0]...bounds[1]
    }

    /// The values of a choice: a list, or the name of one of the method's vocabularies.
    private func values(_ spec: YAMLMapping, name: String, _ diagnostics: inout DiagnosticList) -> [String]? {
        guard let node = spec.value("valores") else {
            diagnostics.append(
                .error("falta-campo", "falta `valores:` en la opción `\(name)`", at: spec.location))
            return nil
        }
        if let named = node.scalar?.string {
            guard let vocabulary = vocabularies[named] else {
                diagnostics.append(
                    .error(
                        "valor-no-valido",
                        "«\(named)» no es una lista del método\(Suggestion.phrase(for: named, in: vocabularies.keys)); escribe los valores (`[a, b]`) o una de: \(vocabularies.keys.sorted().joined(separator: ", "))",
                        at: spec.location(of: node)))
                return nil
            }
            return vocabulary
        }
        return spec.stringList("valores", diagnostics: &diagnostics)
    }
}
