/// How an organization's data is laid out in one workbook, worked out from the method so that
/// reading and writing agree:
/// - a file with one record (a YAML file) is a sheet of two columns, `campo` and `valor`, a row
///   per field (`construccion.interes` for a field inside a group);
/// - a file with a record per row or per file (a CSV, a folder) is a table: a header row with the
///   fields' names, a row per record; a folder's records start with their `id`;
/// - a list of records inside a record is a table of its own, whose first column names the
///   record each row belongs to: its id, or the number in its sheet's `n.º` column;
/// - a list of values goes in one cell, a value per line; a tally as `id: número` lines.
public struct WorkbookPlan: Sendable, Equatable {
    /// The workbook's name in the organization's folder.
    public static let fileName = "organizacion.xlsx"
    /// The sheet of explanations the template begins with, which reading skips.
    public static let instructions = "Instrucciones"
    /// The header of a fields sheet.
    public static let fieldHeader = "campo"
    public static let valueHeader = "valor"
    /// The column that numbers rows whose items have no id, for the tables below them.
    public static let numberHeader = "n.º"
    /// The column that names a folder's record.
    public static let idHeader = "id"
    /// Excel's limit for a sheet's name.
    static let longestName = 31

    public var sheets: [SheetPlan] = []

    public init(method: OrganizationMethod) {
        var names: Set<String> = [Self.instructions.lowercased(), "listas"]
        for file in method.files {
            let single = if case .yaml = file.shape { true } else { false }
            let name = Self.unique(file.sheet ?? file.name, parent: nil, in: &names)
            let key: SheetPlan.Key? =
                single ? nil : (file.id.map(SheetPlan.Key.field) ?? (file.hasIDs ? .folderID : .number))
            let sheet = SheetPlan(
                name: name, file: file.name, path: [], single: single,
                columns: Self.columns(file.fields, prefix: []), key: key, parent: nil)
            add(sheet, fields: file.fields, names: &names)
        }
    }

    /// `sheet`, then a sheet for each list of records its rows hold, below it.
    private mutating func add(_ sheet: SheetPlan, fields: [DataField], names: inout Set<String>) {
        let index = sheets.count
        sheets.append(sheet)
        for (path, field) in Self.lists(fields, prefix: []) {
            guard case .list(.record(let itemFields)) = field.schema else { continue }
            let child = SheetPlan(
                name: Self.unique(field.sheet ?? field.name, parent: sheet.name, in: &names), file: sheet.file,
                path: path, single: false, columns: Self.columns(itemFields, prefix: []),
                key: field.itemID.map(SheetPlan.Key.field) ?? .number, parent: sheet.name)
            add(child, fields: itemFields, names: &names)
        }
        // A table numbers its rows only when a table below names them by number.
        if case .number = sheet.key, !sheets.dropFirst(index + 1).contains(where: { $0.parent == sheet.name }) {
            sheets[index].key = nil
        }
    }

    public func sheet(named name: String) -> SheetPlan? { sheets.first { $0.name == name } }

    /// The sheets whose rows are items of a list in `parent`'s rows.
    public func children(of parent: SheetPlan) -> [SheetPlan] { sheets.filter { $0.parent == parent.name } }

    /// Whether `sheet`'s rows name their parent row: the parent is a table, not a fields sheet.
    public func namesParent(_ sheet: SheetPlan) -> Bool {
        sheet.parent.flatMap { self.sheet(named: $0) }.map { !$0.single } ?? false
    }

    /// The fields that take one cell each, down through groups: `construccion.interes`.
    static func columns(_ fields: [DataField], prefix: [String]) -> [ColumnPlan] {
        fields.flatMap { field -> [ColumnPlan] in
            switch field.schema {
            case .record(let inner): columns(inner, prefix: prefix + [field.name])
            case .list(.record): []
            default: [ColumnPlan(path: prefix + [field.name], field: field)]
            }
        }
    }

    /// The lists of records among `fields`, down through groups, with their paths.
    static func lists(_ fields: [DataField], prefix: [String]) -> [([String], DataField)] {
        fields.flatMap { field -> [([String], DataField)] in
            switch field.schema {
            case .record(let inner): lists(inner, prefix: prefix + [field.name])
            case .list(.record): [(prefix + [field.name], field)]
            default: []
            }
        }
    }

    /// A name no other sheet has, within Excel's limits: the parent's name before it when taken.
    static func unique(_ wanted: String, parent: String?, in names: inout Set<String>) -> String {
        let clean = String(wanted.map { ":\\/?*[]".contains($0) ? "-" : $0 })
        var candidates = [clean]
        if let parent { candidates.append("\(parent) · \(clean)") }
        for candidate in candidates {
            let name = String(candidate.prefix(longestName))
            if names.insert(name.lowercased()).inserted { return name }
        }
        var number = 2
        while true {
            let suffix = " \(number)"
            let name = String(clean.prefix(longestName - suffix.count)) + suffix
            if names.insert(name.lowercased()).inserted { return name }
            number += 1
        }
    }
}

/// One sheet of an organization's workbook.
public struct SheetPlan: Sendable, Equatable {
    /// How a table's rows are named by the rows of the tables below it.
    public enum Key: Sendable, Equatable {
        /// By a field of the row (a CSV's id column, a list's `id`).
        case field(String)
        /// By the `id` column before the fields: a folder's record.
        case folderID
        /// By the `n.º` column before the fields.
        case number
    }

    public let name: String
    /// The method's file the sheet holds.
    public let file: String
    /// The list, down from the parent sheet's row record, whose items are the rows; empty for the
    /// file's own sheet.
    public let path: [String]
    /// The file's one record, as `campo` / `valor` rows.
    public let single: Bool
    public let columns: [ColumnPlan]
    /// How rows are named by the rows of tables below; nil when no table needs it.
    public var key: Key?
    /// The sheet whose rows hold the list these rows are items of; nil for a file's own sheet.
    /// When it is a table, each row names its parent in a first column headed with its name.
    public let parent: String?
}

/// One column of a table, or one row of a fields sheet.
public struct ColumnPlan: Sendable, Equatable {
    /// Down from the row's record: `["construccion", "interes"]`.
    public let path: [String]
    public let field: DataField

    /// `construccion.interes`.
    public var header: String { path.joined(separator: ".") }
}
