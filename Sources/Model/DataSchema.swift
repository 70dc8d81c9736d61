/// What a data file may hold: the fields, their kinds and which are required. LOAD checks files
/// against it; worksheets name data by paths into it.
public indirect enum DataSchema: Sendable, Equatable {
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
    /// Months of a plan, counted from its start: `1`, `1-3`, `2;4`.
    case months
    /// An item's number in an outline: `1` for an item, `1.2` for one below it.
    case outline
    /// A mapping of ids to whole numbers (votes, say); the ids are checked against what the
    /// field's reference names.
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

    /// The schema down a dotted path of children.
    public func child(path: String) -> DataSchema? {
        var found: DataSchema? = self
        for part in path.split(separator: ".") { found = found?.child(String(part)) }
        return found
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

public struct DataField: Sendable, Equatable {
    public let name: String
    public let schema: DataSchema
    public let required: Bool
    /// What its value names, when it names something: a file of the organization (`actores`),
    /// a list inside one (`estrategias.transversales`) or `sesiones`, the package's sessions.
    /// For a list, each item names one; for a tally, each key does.
    public var reference: String?
    /// For a list of records: the field that identifies each item, and the one that names it.
    public var itemID: String?
    public var itemTitle: String?
    /// How the field is shown as a column heading; its name when not given.
    public var label: String?
    /// For a tally: how many each person may give, and the list of people (`perfil.participantes`).
    public var perPerson: Int?
    public var people: String?
    /// For a list of records: the name of its sheet in the organization's workbook.
    public var sheet: String?

    public init(_ name: String, _ schema: DataSchema, required: Bool = false) {
        self.name = name
        self.schema = schema
        self.required = required
    }
}
