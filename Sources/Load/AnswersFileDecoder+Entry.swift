import Diagnostics
import Model
import Yams

extension AnswersFileDecoder {
    /// One worksheet's entry under `hojas:`.
    func entry(_ node: Node, in source: SourceText, diagnostics: inout DiagnosticList) -> AnswerEntry? {
        let what = "una hoja respondida"
        guard let mapping = YAMLMapping(node, what: what, in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return nil }
        mapping.rejectUnknownKeys(
            allowed: ["hoja", "titulo", "registro", "respuestas"], what: what, diagnostics: &diagnostics)
        let id = mapping.string("hoja", diagnostics: &diagnostics) ?? ""
        guard let sheet = worksheets[id] else {
            diagnostics.append(
                .error(
                    "hoja-desconocida",
                    "el paquete no tiene la hoja «\(id)»\(Suggestion.phrase(for: id, in: worksheets.keys))",
                    at: mapping.locationOfValue("hoja") ?? mapping.location))
            return nil
        }
        guard let record = record(of: sheet, id: id, mapping, diagnostics: &diagnostics) else { return nil }
        var entry = AnswerEntry(
            sheet: id, record: record.answer, replaces: false, values: [], location: mapping.location)
        let decoder = AnswerValueDecoder(
            decoder: SchemaDecoder(source: source, firstLine: 1), method: method, record: record.answer)
        let paths = sheet.dataPaths.map(\.path)
        for (keyNode, value) in mapping.value("respuestas")?.mapping ?? [:] {
            let path = keyNode.string ?? ""
            let keyLocation = mapping.location(of: keyNode)
            guard paths.contains(path) else {
                diagnostics.append(
                    .error(
                        "dato-desconocido",
                        "la hoja «\(id)» no tiene el dato «\(path)»\(Suggestion.phrase(for: path, in: paths))",
                        at: keyLocation))
                continue
            }
            if let answer = decoder.decode(
                path: record.dataPath(path), value, keyLocation: keyLocation, columns: columns(of: path, in: sheet),
                diagnostics: &diagnostics)
            {
                entry.values.append(answer)
            }
        }
        return entry
    }

    /// The record a per-record sheet's entry is for; nil, with an error, when `registro:` is
    /// missing on such a sheet or given on another.
    private func record(
        of sheet: WorksheetSpec, id: String, _ mapping: YAMLMapping, diagnostics: inout DiagnosticList
    ) -> EntryRecord? {
        let recordID = mapping.string("registro", diagnostics: &diagnostics)
        guard let file = sheet.forEach?.text else {
            guard recordID == nil else {
                diagnostics.append(
                    .error(
                        "registro-sobrante",
                        "la hoja «\(id)» se llena una sola vez, no por registro: quita `registro:`",
                        at: mapping.location(ofKey: "registro") ?? mapping.location))
                return nil
            }
            return EntryRecord(answer: nil, alias: "")
        }
        guard let recordID, !recordID.isEmpty else {
            diagnostics.append(
                .error(
                    "falta-registro",
                    "la hoja «\(id)» se llena una vez por cada registro de `\(file)`: falta `registro:` con su id",
                    at: mapping.location))
            return nil
        }
        guard IDSyntax.isValid(recordID) else {
            diagnostics.append(
                IDSyntax.problem(
                    recordID, what: "`registro:`", at: mapping.locationOfValue("registro") ?? mapping.location))
            return nil
        }
        return EntryRecord(answer: AnswerRecord(file: file, id: recordID), alias: sheet.recordName)
    }

    /// The columns a table of the sheet fills from `path`.
    private func columns(of path: String, in sheet: WorksheetSpec) -> [String]? {
        for case .table(let table) in sheet.parts where table.data?.path == path {
            return table.writtenFields
        }
        return nil
    }
}

/// A per-record sheet's record, and the alias its paths start with.
private struct EntryRecord {
    let answer: AnswerRecord?
    let alias: String

    /// `aliado.mou.proposito` as a path from the organization: `aliados.mou.proposito`.
    func dataPath(_ path: String) -> String {
        guard let answer, path == alias || path.hasPrefix(alias + ".") else { return path }
        return answer.file + path.dropFirst(alias.count)
    }
}
