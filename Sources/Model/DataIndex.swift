import Diagnostics

/// What `DataView` looks up while it expands records, worked out once: each record by the
/// collection and id that name it, who names it, and what tallies count for it.
struct DataIndex: Sendable {
    /// A record, the fields of its schema and the field that gives its title.
    struct Entry: Sendable {
        let record: DataRecord
        let fields: [DataField]
        let title: String?
        /// The collection it is in (`actores`, `estrategias.transversales`).
        let collection: String
    }

    /// A record that names another, and where it is written.
    struct Backlink: Sendable {
        /// `aliados`, `mapa_de_resultados_estrategias_aliados`.
        let source: String
        /// Where the record is: `mapa_de_resultados.estrategias.aliados`.
        let collection: String
        let record: DataRecord
        /// The record's id in its collection, when it has one.
        let id: String
        let fields: [DataField]
        let parent: (record: DataRecord, fields: [DataField])?
        /// The same for every backlink the record makes, and different for every other record.
        let serial: Int
    }

    private(set) var entries: [String: [String: Entry]] = [:]
    private(set) var backlinks: [String: [String: [Backlink]]] = [:]
    /// Target collection → tally name → id → count.
    private(set) var tallies: [String: [String: [String: Int]]] = [:]
    private var records = 0

    init(organization: Organization, method: OrganizationMethod) {
        for spec in method.files {
            guard let file = organization.file(spec.name) else { continue }
            for (position, record) in file.records.enumerated() {
                let id = spec.id.map { record.text($0) } ?? (position < file.ids.count ? file.ids[position] : "")
                if spec.hasIDs, !id.isEmpty {
                    entries[spec.name, default: [:]][id] = Entry(
                        record: record, fields: spec.fields, title: spec.title, collection: spec.name)
                }
                index(record, id: spec.hasIDs ? id : "", spec.fields, collection: spec.name, parent: nil)
            }
        }
    }

    /// Indexes what `record` names, and the lists with ids inside it.
    private mutating func index(
        _ record: DataRecord, id: String, _ fields: [DataField], collection: String,
        parent: (record: DataRecord, fields: [DataField])?
    ) {
        records += 1
        let serial = records
        for field in fields {
            guard let value = record[field.name] else { continue }
            if let target = field.reference {
                let from = (record: record, id: id, fields: fields, serial: serial)
                note(value, field: field, target: target, from: from, collection: collection, parent)
            }
            switch field.schema {
            case .list(.record(let itemFields)):
                let inner = "\(collection).\(field.name)"
                for item in value.list.compactMap(\.record) {
                    if let key = field.itemID, !item.text(key).isEmpty {
                        entries[inner, default: [:]][item.text(key)] = Entry(
                            record: item, fields: itemFields, title: field.itemTitle, collection: inner)
                    }
                    index(
                        item, id: field.itemID.map { item.text($0) } ?? "", itemFields, collection: inner,
                        parent: (record, fields))
                }
            case .record(let innerFields):
                if let inner = value.record {
                    index(inner, id: "", innerFields, collection: collection, parent: parent)
                }
            default:
                break
            }
        }
    }

    private mutating func note(
        _ value: DataValue, field: DataField, target: String,
        from: (record: DataRecord, id: String, fields: [DataField], serial: Int), collection: String,
        _ parent: (record: DataRecord, fields: [DataField])?
    ) {
        if field.schema == .tally, let tally = value.record {
            for (id, count) in tally.fields {
                tallies[target, default: [:]][field.name, default: [:]][id] = count.number
            }
            return
        }
        let source = collection.replacingOccurrences(of: ".", with: "_")
        let named = value.text.map { [$0] } ?? value.list.compactMap(\.text)
        for id in named where !id.isEmpty {
            backlinks[target, default: [:]][id, default: []].append(
                Backlink(
                    source: source, collection: collection, record: from.record, id: from.id, fields: from.fields,
                    parent: parent, serial: from.serial))
        }
    }

    /// The title of the record `id` of `target`: its title field, or the title of what that
    /// field names.
    func title(_ id: String, in target: String, depth: Int = 3) -> String {
        guard let entry = entries[target]?[id], let key = entry.title else { return id }
        let text = entry.record.text(key)
        guard depth > 0, let field = entry.fields.first(where: { $0.name == key }), let next = field.reference else {
            return text
        }
        return title(text, in: next, depth: depth - 1)
    }
}
