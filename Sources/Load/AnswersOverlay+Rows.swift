import Diagnostics
import Model

extension AnswersOverlay {
    /// A table's rows over a list's items: a row giving the id field goes over the item with
    /// that id, another over the item at its position; other rows are new items, and items no
    /// row matched are removed.
    func merge(
        _ old: [DataRecord], _ rows: [DataRecord], fields: [DataField], idField: String?, _ value: AnswerValue,
        _ entry: AnswerEntry, diagnostics: inout DiagnosticList
    ) -> [(record: DataRecord, from: Int?)] {
        var used: Set<Int> = []
        var merged: [(record: DataRecord, from: Int?)] = []
        for (position, row) in rows.enumerated() {
            let id = idField.flatMap { row.fields[$0]?.text }.flatMap { $0.isEmpty ? nil : $0 }
            let match =
                id.map { id in old.indices.first { !used.contains($0) && old[$0].text(idField ?? "") == id } }
                ?? (old.indices.contains(position) && !used.contains(position) ? position : nil)
            var item: DataRecord
            if let match {
                used.insert(match)
                item = old[match]
            } else {
                item =
                    SchemaDecoder.empty(.record(fields), at: row.location).record ?? DataRecord(location: row.location)
                item.order = fields.map(\.name)
                item.location = row.location
            }
            for (name, new) in row.fields {
                let path = "\(value.path) (fila \(position + 1), `\(name)`)"
                let place = row.locations[name] ?? row.location
                if let problem = conflict(item.fields[name], at: item.location(of: name), new, path, place, entry) {
                    diagnostics.append(problem)
                }
                item.fields[name] = new
                item.locations[name] = place
            }
            if match == nil {
                checkRequired(
                    item, fields: fields, what: "la fila nueva de `\(value.path)`", at: row.location,
                    diagnostics: &diagnostics)
            }
            merged.append((item, match))
        }
        for index in old.indices where !used.contains(index) && !old[index].fields.values.allSatisfy(\.isEmpty) {
            if let problem = removal(old[index], value, entry) { diagnostics.append(problem) }
        }
        return merged
    }

    /// A value set twice: by the data and by an answer, or by two answers.
    func conflict(
        _ old: DataValue?, at oldPlace: SourceLocation, _ new: DataValue, _ path: String, _ place: SourceLocation,
        _ entry: AnswerEntry
    ) -> Diagnostic? {
        guard let old, !Self.isBlank(old), old != new else { return nil }
        let byAnswers = answerFiles.contains(oldPlace.file)
        if entry.replaces && !byAnswers { return nil }
        let other = byAnswers ? "otras respuestas" : "los datos"
        return .error(
            "respuesta-en-conflicto",
            "«\(path)» ya tiene otro valor en \(other) (\(oldPlace)): «\(Self.shown(old))»; aquí dice «\(Self.shown(new))». Deja uno solo\(byAnswers ? "" : ", o importa con --reemplazar para que ganen las respuestas")",
            at: place)
    }

    private func removal(_ item: DataRecord, _ value: AnswerValue, _ entry: AnswerEntry) -> Diagnostic? {
        let byAnswers = answerFiles.contains(item.location.file)
        if entry.replaces && !byAnswers { return nil }
        return .error(
            "respuesta-en-conflicto",
            "las respuestas de `\(value.path)` quitan la fila «\(item.summary)» (\(item.location)); agrégala a la tabla, o importa con --reemplazar para quitarla",
            at: value.location)
    }

    func checkRequired(
        _ record: DataRecord, spec: DataFileSpec?, id: String, at place: SourceLocation,
        diagnostics: inout DiagnosticList
    ) {
        guard let spec else { return }
        let what = id.isEmpty ? "`\(spec.name)`" : "el registro nuevo «\(id)» de `\(spec.name)`"
        checkRequired(record, fields: spec.fields, what: what, at: place, diagnostics: &diagnostics)
    }

    func checkRequired(
        _ record: DataRecord, fields: [DataField], what: String, at place: SourceLocation,
        diagnostics: inout DiagnosticList
    ) {
        for field in fields where field.required && (record.fields[field.name]?.isEmpty ?? true) {
            diagnostics.append(
                .error(
                    "falta-campo", "falta `\(field.name)` en \(what) y es obligatorio; agrégalo a las respuestas",
                    at: place))
        }
    }

    /// Unchecked boxes count as blank: a sheet's answer may tick them.
    static func isBlank(_ value: DataValue) -> Bool { value.isEmpty || value == .flag(false) }

    static func shown(_ value: DataValue) -> String {
        switch value {
        case .flag(let flag): flag ? "sí" : "no"
        case .list(let items): items.map(shown).joined(separator: "; ")
        case .record(let record): record.summary
        default: value.text ?? ""
        }
    }
}
