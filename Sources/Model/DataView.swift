import Diagnostics

/// An organization's data as its pages and filled worksheets read it. Every file is under its
/// name (a YAML file as its record, the others as lists of records), and beside what is written
/// comes what can be worked out from it:
/// - a record of a file or list with ids has `id`; one that a tally counts has the count under the
///   tally's name (`votos`);
/// - a field that names a record has `<campo>_titulo` (that record's title) and `<campo>_ref` (the
///   record itself); a list of names has `<campo>_titulos`;
/// - a record that others name has `referido_por_<fuente>`: the records that name it, by where
///   they are written (`aliados`, `mapa_de_resultados_estrategias_aliados`);
/// - an item of a list has `posicion` (from 1), and an item of a list inside a record, `padre`;
/// - a list a tally counts comes also sorted by the count, most first (`<lista>_por_<conteo>`);
///   a file's list comes also grouped by each choice field (`<archivo>_por_<campo>`), as groups
///   with `valor`, `etiqueta` and `registros` in the order of the choice's values.
///
/// Records found through a name or a backlink are expanded two levels deep at most, so records
/// that name each other do not repeat without end.
public struct DataView: Sendable {
    /// The root: a field per file.
    public let tree: DataValue
    private let index: DataIndex

    public init(organization: Organization, method: OrganizationMethod) {
        let index = DataIndex(organization: organization, method: method)
        self.index = index
        var root = DataRecord(location: SourceLocationless.location)
        for spec in method.files {
            guard let file = organization.file(spec.name) else { continue }
            let expander = DataExpander(index: index)
            if file.single {
                let record = file.records.first ?? DataRecord(location: SourceLocationless.location)
                root.fields[spec.name] = .record(expander.expand(record, spec.fields, at: spec.name, depth: 2))
            } else {
                let items = expander.items(file.records, ids: file.ids, spec.fields, at: spec.name, depth: 2)
                root.fields[spec.name] = .list(items)
                for field in spec.fields {
                    guard case .choice(let values) = field.schema else { continue }
                    root.fields["\(spec.name)_por_\(field.name)"] = DataGroups.make(items, by: field, values: values)
                }
            }
        }
        tree = .record(root)
    }

    /// The record of `file` with id `id`, expanded as in the tree: what a page made for each
    /// record reads.
    public func record(_ id: String, in file: String) -> DataValue? {
        tree.record?[file]?.list.first { $0.record?.text("id") == id }
    }

    /// How the record `id` of `collection` is named: its title field, or what that field names.
    public func title(_ id: String, in collection: String) -> String { index.title(id, in: collection) }

    /// The value at a dotted path; see `DataValue.value(at:)`.
    public func value(at path: String) -> DataValue? { tree.value(at: path) }

    /// The tree with one more field at its root: the record a worksheet filled per record reads
    /// under the name it gives it (`aliado`).
    public func tree(adding record: DataValue, as name: String) -> DataValue {
        guard var root = tree.record else { return tree }
        root.fields[name] = record
        return .record(root)
    }
}

extension DataValue {
    /// The value at a dotted path; a path that goes through a list goes through each item, and
    /// the items of the lists below it come one after another (`mapa.estrategias.aliados`).
    public func value(at path: String) -> DataValue? {
        Self.value(at: path.split(separator: ".").map(String.init), in: self)
    }

    static func value(at path: [String], in value: DataValue) -> DataValue? {
        guard let first = path.first else { return value }
        switch value {
        case .record(let record):
            return record[first].flatMap { Self.value(at: Array(path.dropFirst()), in: $0) }
        case .list(let items):
            let found = items.compactMap { Self.value(at: path, in: $0) }
            return .list(found.flatMap { if case .list(let inner) = $0 { inner } else { [$0] } })
        default:
            return nil
        }
    }
}

/// A location for values libro works out, which no file holds.
enum SourceLocationless {
    static let location = SourceLocation(file: "")
}
