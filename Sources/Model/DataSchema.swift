/// What a data file may hold: the fields, their kinds and which are required. LOAD checks files
/// against it; worksheets name data by paths into it.
public indirect enum DataSchema: Sendable {
    case text
    /// A whole number in a range.
    case number(ClosedRange<Int>)
    case flag
    /// `AAAA-MM-DD`.
    case date
    /// `HH:MM`, 24-hour clock.
    case time
    case choice([String])
    /// In CSV, several values in one cell separated by `;`, at most `max`.
    case separated(max: Int)
    /// Months of a work plan: `1`, `1-3`, `2;4`.
    case months
    /// An activity's number in a plan: `1`, `1.2`.
    case outline
    /// A mapping of ids to whole numbers (priority votes by strategy); the ids are checked
    /// against the data they name.
    case tally
    case list(DataSchema)
    case record([DataField])

    /// The schema one step down a path: a record's field, or a list's items.
    public func child(_ name: String) -> DataSchema? {
        switch self {
        case .record(let fields): fields.first { $0.name == name }?.schema
        case .list(let item): item.child(name)
        default: nil
        }
    }

    /// Every path below this schema (`aliado.mou.proposito`), lists counting as their items.
    public func paths(prefix: String = "") -> [String] {
        switch self {
        case .record(let fields):
            fields.flatMap { field in
                let path = prefix.isEmpty ? field.name : prefix + "." + field.name
                return [path] + field.schema.paths(prefix: path)
            }
        case .list(let item): item.paths(prefix: prefix)
        default: []
        }
    }

    public var isList: Bool {
        switch self {
        case .list, .separated: true
        default: false
        }
    }
}

public struct DataField: Sendable {
    public let name: String
    public let schema: DataSchema
    public let required: Bool

    public init(_ name: String, _ schema: DataSchema, required: Bool = false) {
        self.name = name
        self.schema = schema
        self.required = required
    }
}
