import Diagnostics
import Model

/// Puts answers over an organization's records: a question's path sets that field, a
/// checklist's sets that flag, a table's replaces that list (rows matched to items by id when
/// the row gives one, by position otherwise), and a per-record sheet's new record id adds a
/// record to that file. A value the data already has, different and not blank, is a conflict
/// unless the answers replace the data's; one another answers file set always is.
struct AnswersOverlay {
    let method: OrganizationMethod
    var files: [DataFileRecords]
    /// Files answers came from, to tell a value an answer set from one of the data files.
    private(set) var answerFiles: Set<String> = []

    init(method: OrganizationMethod, files: [DataFileRecords]) {
        self.method = method
        self.files = files
    }

    mutating func apply(_ entry: AnswerEntry, diagnostics: inout DiagnosticList) {
        var created: [(file: Int, record: Int)] = []
        for value in entry.values {
            let parts = value.path.split(separator: ".").map(String.init)
            guard let first = parts.first, let index = files.firstIndex(where: { $0.name == first }),
                let spec = method.files.first(where: { $0.name == first })
            else { continue }
            if spec.isList && entry.record?.file != spec.name {
                replaceFile(index, spec, with: value, of: entry, diagnostics: &diagnostics)
                continue
            }
            let (recordIndex, isNew) = recordIndex(index, spec, for: entry)
            if isNew { created.append((index, recordIndex)) }
            var record = files[index].records[recordIndex]
            set(&record, parts.dropFirst(), value, of: entry, diagnostics: &diagnostics)
            files[index].records[recordIndex] = record
        }
        for (file, record) in created {
            checkRequired(
                files[file].records[record], spec: method.files.first { $0.name == files[file].name },
                id: entry.record?.id ?? "", at: entry.location, diagnostics: &diagnostics)
        }
        answerFiles.insert(entry.location.file)
    }

    /// The record a value goes into, added when the file or the entry's record does not exist.
    private mutating func recordIndex(_ index: Int, _ spec: DataFileSpec, for entry: AnswerEntry) -> (Int, Bool) {
        let id = entry.record?.file == spec.name ? entry.record?.id : nil
        if let id, let found = files[index].ids.firstIndex(of: id) { return (found, false) }
        if id == nil, !files[index].records.isEmpty { return (0, false) }
        var record =
            SchemaDecoder.empty(.record(spec.fields), at: entry.location).record ?? DataRecord(location: entry.location)
        record.order = spec.fields.map(\.name)
        if let id, let idField = spec.id { record.fields[idField] = .text(id) }
        files[index].records.append(record)
        if let id { files[index].ids.append(id) }
        files[index].present = true
        return (files[index].records.count - 1, true)
    }

    private mutating func set(
        _ record: inout DataRecord, _ path: ArraySlice<String>, _ value: AnswerValue, of entry: AnswerEntry,
        diagnostics: inout DiagnosticList
    ) {
        guard let name = path.first else { return }
        guard path.count == 1 else {
            var child = record.fields[name]?.record ?? DataRecord(location: value.location)
            set(&child, path.dropFirst(), value, of: entry, diagnostics: &diagnostics)
            record.fields[name] = .record(child)
            return
        }
        switch value.content {
        case .value(let new):
            if let problem = conflict(
                record.fields[name], at: record.location(of: name), new, value.path, value.location, entry)
            {
                diagnostics.append(problem)
            }
            record.fields[name] = new
            record.locations[name] = value.location
        case .rows(let rows):
            let fields = itemFields(value.path)
            let old = (record.fields[name]?.list ?? []).compactMap(\.record)
            let merged = merge(old, rows, fields: fields, idField: nil, value, entry, diagnostics: &diagnostics)
            record.fields[name] = .list(merged.map { .record($0.record) })
            record.locations[name] = value.location
        }
    }

    /// The fields of the items of the list at a path from the organization.
    private func itemFields(_ path: String) -> [DataField] {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        guard let spec = method.files.first(where: { $0.name == parts.first }), parts.count == 2,
            case .list(.record(let fields)) = DataSchema.record(spec.fields).child(path: parts[1])
        else { return [] }
        return fields
    }

    /// A table over a whole CSV or folder: its records and their ids.
    private mutating func replaceFile(
        _ index: Int, _ spec: DataFileSpec, with value: AnswerValue, of entry: AnswerEntry,
        diagnostics: inout DiagnosticList
    ) {
        guard case .rows(let rows) = value.content else { return }
        let old = files[index].records
        let oldIDs = files[index].ids
        let merged = merge(old, rows, fields: spec.fields, idField: spec.id, value, entry, diagnostics: &diagnostics)
        files[index].records = merged.map(\.record)
        files[index].ids = merged.map { item in
            spec.id.map { item.record.text($0) } ?? item.from.map { oldIDs.indices.contains($0) ? oldIDs[$0] : "" }
                ?? ""
        }
        files[index].present = true
    }
}
