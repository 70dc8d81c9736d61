import Diagnostics

/// A value read from an organization's data file, checked against its schema. Dates and times
/// are kept as the normalized text the schema checked (`2027-02-09`, `09:00`).
public indirect enum DataValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([DataValue])
    case record(DataRecord)

    public var text: String? {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        default: nil
        }
    }

    public var number: Int? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var flag: Bool? {
        if case .flag(let flag) = self { return flag }
        return nil
    }

    public var list: [DataValue] {
        if case .list(let items) = self { return items }
        return []
    }

    public var record: DataRecord? {
        if case .record(let record) = self { return record }
        return nil
    }

    /// True for an empty text, an empty list or a record with nothing filled in.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.isEmpty
        case .number, .flag: false
        case .list(let items): items.isEmpty
        case .record(let record): record.fields.values.allSatisfy(\.isEmpty)
        }
    }
}

/// A mapping of a data file (or a CSV row) with every field its schema names: fields the file
/// leaves out hold empty values, so templates never see a missing key.
public struct DataRecord: Sendable, Equatable {
    public var fields: [String: DataValue]
    /// Where each field's value was written, for errors about it.
    public var locations: [String: SourceLocation]
    /// Where the record starts.
    public var location: SourceLocation
    /// The fields in the order its schema gives them, for showing the record as one text.
    public var order: [String] = []

    public init(
        fields: [String: DataValue] = [:],
        locations: [String: SourceLocation] = [:],
        location: SourceLocation
    ) {
        self.fields = fields
        self.locations = locations
        self.location = location
    }

    public subscript(_ key: String) -> DataValue? { fields[key] }

    /// The field as text; empty when absent or not text.
    public func text(_ key: String) -> String { fields[key]?.text ?? "" }

    /// The field's location, or the record's.
    public func location(of key: String) -> SourceLocation { locations[key] ?? location }

    /// The record as one text: its first filled field, then the others after a colon,
    /// `estrategia: por qué`, `acción: responsable, fecha`.
    public var summary: String {
        let texts = order.compactMap { fields[$0]?.text }.filter { !$0.isEmpty }
        guard let first = texts.first else { return "" }
        return texts.count == 1 ? first : first + ": " + texts.dropFirst().joined(separator: ", ")
    }
}
