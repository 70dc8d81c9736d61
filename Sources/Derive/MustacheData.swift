import Model

/// Organization data as templates see it: records become dictionaries, lists arrays, and every
/// list of texts also comes joined (`<campo>_texto`), for table cells.
enum MustacheData {
    static func value(_ value: DataValue) -> Any {
        switch value {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .list(let items): items.map(Self.value)
        case .record(let record): dictionary(record)
        }
    }

    static func dictionary(_ record: DataRecord) -> [String: Any] {
        var dictionary: [String: Any] = [:]
        for (key, value) in record.fields {
            dictionary[key] = Self.value(value)
            if case .list(let items) = value {
                dictionary[key + "_texto"] = items.compactMap(\.text).joined(separator: "; ")
                dictionary["tiene_" + key] = !items.isEmpty
            }
        }
        return dictionary
    }
}
