import Diagnostics
import Model
import Yams

/// Reads an answers file stored in an organization's `respuestas/` folder, the normalized form
/// `libro importar` writes: `hoja:`, for a sheet filled per record `archivo:` and `registro:`,
/// `reemplaza:` when its values win over the data files', and `valores:` by data path.
enum StoredAnswersDecoder {
    static let keys = ["hoja", "archivo", "registro", "reemplaza", "valores"]

    static func decode(_ source: SourceText, method: OrganizationMethod, diagnostics: inout DiagnosticList)
        -> AnswerEntry?
    {
        guard
            let mapping = YAMLMapping.parse(
                source.text, what: "un archivo de respuestas", in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return nil }
        mapping.rejectUnknownKeys(allowed: keys, what: "un archivo de respuestas", diagnostics: &diagnostics)
        let sheet = mapping.string("hoja", diagnostics: &diagnostics) ?? ""
        let file = mapping.string("archivo", diagnostics: &diagnostics)
        let id = mapping.string("registro", diagnostics: &diagnostics)
        if (file == nil) != (id == nil) {
            diagnostics.append(
                .error("registro-incompleto", "`archivo:` y `registro:` van juntos o ninguno", at: mapping.location))
            return nil
        }
        let record = zip(file, id).map { AnswerRecord(file: $0, id: $1) }
        let values = AnswerValueDecoder(
            decoder: SchemaDecoder(source: source, firstLine: 1), method: method, record: record)
        var entry = AnswerEntry(
            sheet: sheet, record: record, replaces: mapping.bool("reemplaza", diagnostics: &diagnostics) ?? false,
            values: [], location: mapping.location)
        for (keyNode, value) in mapping.value("valores")?.mapping ?? [:] {
            let path = keyNode.string ?? ""
            if let answer = values.decode(
                path: path, value, keyLocation: mapping.location(of: keyNode), diagnostics: &diagnostics)
            {
                entry.values.append(answer)
            }
        }
        return entry
    }
}

/// The pair of two optionals, when both are there.
private func zip<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
    guard let first, let second else { return nil }
    return (first, second)
}
