import Model
import Theme

/// Organization data as templates see it: records become objects that answer a name when a
/// template asks for it, lists arrays, and every list also comes joined (`<campo>_texto`, for
/// table cells) and as a flag (`tiene_<campo>`). Records are converted only where a template
/// goes: the data view shares a record named from many places, and converting it whole for each
/// would grow with the product of who names whom.
enum MustacheData {
    static func value(_ value: DataValue) -> Any {
        switch value {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .list(let items): items.map(Self.value)
        case .record(let record): object(record)
        }
    }

    /// The record's fields as a dictionary, each value converted as `value(_:)` does: for the
    /// root, to which the pages add their own values.
    static func dictionary(_ record: DataRecord) -> [String: Any] {
        var dictionary: [String: Any] = [:]
        for key in record.fields.keys { dictionary[key] = field(key, of: record) }
        for (key, value) in record.fields {
            guard case .list(let items) = value else { continue }
            dictionary[key + "_texto"] = joined(items)
            dictionary["tiene_" + key] = !items.isEmpty
        }
        return dictionary
    }

    static func object(_ record: DataRecord) -> TemplateObject {
        TemplateObject { name in field(name, of: record) }
    }

    /// A field, or what libro adds beside a list: written fields first.
    private static func field(_ name: String, of record: DataRecord) -> Any? {
        if let found = record.fields[name] { return value(found) }
        if name.hasSuffix("_texto"), case .list(let items)? = record.fields[String(name.dropLast(6))] {
            return joined(items)
        }
        if name.hasPrefix("tiene_"), case .list(let items)? = record.fields[String(name.dropFirst(6))] {
            return !items.isEmpty
        }
        return nil
    }

    private static func joined(_ items: [DataValue]) -> String {
        items.compactMap(\.text).joined(separator: "; ")
    }
}
