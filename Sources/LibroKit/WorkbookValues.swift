import Model
import Spreadsheet

/// A field's value as a workbook cell, written so that reading it back gives the same value.
enum WorkbookValues {
    static func value(at path: [String], in record: DataRecord) -> DataValue? {
        guard let first = path.first, let value = record[first] else { return nil }
        if path.count == 1 { return value }
        return value.record.flatMap { self.value(at: Array(path.dropFirst()), in: $0) }
    }

    /// The cell for a value; nil for an empty one.
    static func cell(_ value: DataValue, _ field: DataField) -> WrittenCell? {
        switch value {
        case .text(let text):
            guard !text.isEmpty else { return nil }
            return typed(text, field.schema) ?? .text(text)
        case .number(let number): return .number(Double(number))
        case .flag(let flag): return .text(flag ? "sí" : "no")
        case .list(let items):
            guard !items.isEmpty else { return nil }
            let texts = items.map { $0.number.map(String.init) ?? $0.text ?? "" }
            switch field.schema {
            case .months, .separated: return .text(texts.joined(separator: ";"))
            default: return .text(texts.joined(separator: "\n"))
            }
        case .record(let tally):
            let lines = tally.fields.keys.sorted().compactMap { key in tally[key]?.number.map { "\(key): \($0)" } }
            return lines.isEmpty ? nil : .text(lines.joined(separator: "\n"))
        }
    }

    /// Dates and times as the spreadsheet's own, so it shows and sorts them as such.
    private static func typed(_ text: String, _ schema: DataSchema) -> WrittenCell? {
        switch schema {
        case .date:
            guard let date = CalendarDate(text: text) else { return nil }
            return .date(year: date.year, month: date.month, day: date.day)
        case .time:
            let parts = text.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return .time(minutes: parts[0] * 60 + parts[1])
        default: return nil
        }
    }

    /// What a drop-down offers for a field: its choices, or yes and no.
    static func choices(_ field: DataField) -> [String]? {
        switch field.schema {
        case .choice(let values): values
        case .flag: ["sí", "no"]
        default: nil
        }
    }

    /// A column's width in characters: its longest line, within reason.
    static func width(of cells: [WrittenCell?]) -> Double {
        let longest =
            cells.map { cell -> Int in
                guard case .text(let text)? = cell else { return cell == nil ? 0 : 12 }
                return text.split(separator: "\n").map(\.count).max() ?? 0
            }.max() ?? 0
        return Double(min(max(longest + 2, 10), 60))
    }

    /// A row's key: a number where the sheet numbers its rows.
    static func keyCell(_ key: String, _ sheet: SheetPlan) -> WrittenCell? {
        if case .number = sheet.key, let number = Double(key) { return .number(number) }
        return key.isEmpty ? nil : .text(key)
    }
}
