import Load
import Model

/// What an import changes, in Spanish: for each answered path its old value and its new one,
/// and for a table the rows it adds and removes.
struct AnswersDiff {
    let before: Organization
    let after: Organization

    func lines(_ entries: [AnswerEntry]) -> [String] {
        var lines: [String] = []
        for entry in entries {
            let record = entry.record.map { " para «\($0.id)»" } ?? ""
            lines.append("hoja «\(entry.sheet)»\(record) → \(after.folder)/\(entry.fileName)")
            for value in entry.values {
                let old = Self.value(at: value.path, in: before, record: entry.record)
                let new = Self.value(at: value.path, in: after, record: entry.record)
                lines += change(value.path, old, new)
            }
        }
        return lines
    }

    private func change(_ path: String, _ old: DataValue?, _ new: DataValue?) -> [String] {
        guard case .list(let newItems) = new,
            newItems.contains(where: { $0.record != nil }) || old?.list.isEmpty == false
        else {
            let (from, to) = (Self.shown(old), Self.shown(new))
            return from == to ? ["  \(path): sin cambios"] : ["  \(path): \(from) → \(to)"]
        }
        let oldRows = (old?.list ?? []).map(Self.row)
        let newRows = newItems.map(Self.row)
        var lines = ["  \(path): \(oldRows.count) filas → \(newRows.count) filas"]
        var remaining = oldRows
        for row in newRows {
            if let index = remaining.firstIndex(of: row) {
                remaining.remove(at: index)
            } else {
                lines.append("    + \(row)")
            }
        }
        lines += remaining.map { "    − \($0)" }
        return lines
    }

    private static func row(_ value: DataValue) -> String { "«\(value.record?.summary ?? value.text ?? "")»" }

    private static func shown(_ value: DataValue?) -> String {
        switch value {
        case nil: "(vacío)"
        case .flag(let flag): flag ? "sí" : "no"
        case .list(let items): items.isEmpty ? "(vacío)" : "«\(items.compactMap(\.text).joined(separator: "; "))»"
        case .some(let value): (value.text ?? "").isEmpty ? "(vacío)" : "«\(value.text ?? "")»"
        }
    }

    /// The value at a path from the organization; into the entry's record for its file.
    static func value(at path: String, in organization: Organization, record: AnswerRecord?) -> DataValue? {
        let parts = path.split(separator: ".").map(String.init)
        guard let name = parts.first, let file = organization.file(name) else { return nil }
        var current: DataValue?
        if let record, record.file == name {
            current = file.record(record.id).map(DataValue.record)
        } else {
            current = file.single ? file.records.first.map(DataValue.record) : file.value
        }
        for part in parts.dropFirst() { current = current?.record?[part] }
        return current
    }
}
