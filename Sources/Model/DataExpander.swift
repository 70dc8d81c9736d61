import Diagnostics

/// Expands records for `DataView`: each with what can be worked out beside what is written.
///
/// A record named by many, or naming many, comes again wherever it is named or names: each is
/// expanded once per depth and then shared (values are copied on write), so the view grows with
/// the data and not with the product of who names whom.
final class DataExpander {
    let index: DataIndex
    /// A record named by a field (`<campo>_ref`), by collection and id.
    private var named: [String: DataRecord] = [:]
    /// A record as it comes in another's backlinks, by its serial and depth.
    private var linked: [Int: [Int: DataRecord]] = [:]

    init(index: DataIndex) {
        self.index = index
    }

    /// The items of a list, each expanded, with its id (when `ids` has one) and its position.
    func items(
        _ records: [DataRecord], ids: [String] = [], _ fields: [DataField], at collection: String, depth: Int,
        parent: DataRecord? = nil
    ) -> [DataValue] {
        records.enumerated().map { position, record in
            var expanded = expand(record, fields, at: collection, depth: depth)
            if position < ids.count, !ids[position].isEmpty {
                expanded = withIdentity(
                    withID(expanded, ids[position]), id: ids[position], at: collection, depth: depth)
            }
            expanded.fields["posicion"] = .number(position + 1)
            if let parent { expanded.fields["padre"] = .record(shallow(parent)) }
            return .record(expanded)
        }
    }

    /// `record` with the titles and records its fields name, its lists expanded, and, when it
    /// has an id in `collection`, what counts for it and who names it.
    func expand(_ record: DataRecord, _ fields: [DataField], at collection: String, depth: Int) -> DataRecord {
        var expanded = named(record, fields, depth: depth)
        // The items of its lists see it as their parent with its names, not its other lists.
        let parent = shallow(expanded)
        for field in fields {
            guard let value = record[field.name] else { continue }
            switch field.schema {
            case .list(.record(let itemFields)):
                let inner = "\(collection).\(field.name)"
                let items = self.items(
                    value.list.compactMap(\.record), ids: value.list.map { $0.record?.text(field.itemID ?? "") ?? "" },
                    itemFields, at: inner, depth: depth, parent: parent)
                expanded.fields[field.name] = .list(items)
                addSorted(items, field: field.name, collection: inner, to: &expanded)
            case .record(let innerFields):
                if let inner = value.record {
                    expanded.fields[field.name] = .record(expand(inner, innerFields, at: collection, depth: depth))
                }
            default:
                break
            }
        }
        return expanded
    }

    /// `record` with the titles (and, with depth left, the records) its fields name.
    func named(_ record: DataRecord, _ fields: [DataField], depth: Int) -> DataRecord {
        var named = record
        for field in fields {
            guard let value = record[field.name], let target = field.reference, field.schema != .tally else {
                continue
            }
            addNames(value, of: field, target: target, to: &named, depth: depth)
        }
        return named
    }

    /// Tallies and backlinks of a record identified in `collection`.
    func withIdentity(_ record: DataRecord, id: String, at collection: String, depth: Int) -> DataRecord {
        var expanded = record
        for (name, counts) in index.tallies[collection] ?? [:] { expanded.fields[name] = .number(counts[id] ?? 0) }
        guard depth > 0 else { return expanded }
        var bySource: [String: [DataValue]] = [:]
        var order: [String] = []
        for link in index.backlinks[collection]?[id] ?? [] {
            if bySource[link.source] == nil { order.append(link.source) }
            bySource[link.source, default: []].append(.record(linking(link, depth: depth - 1)))
        }
        for source in order { expanded.fields["referido_por_\(source)"] = .list(bySource[source] ?? []) }
        return expanded
    }

    /// The record that makes `link`, as it comes in backlinks at `depth`.
    private func linking(_ link: DataIndex.Backlink, depth: Int) -> DataRecord {
        if let done = linked[link.serial]?[depth] { return done }
        var named = expand(link.record, link.fields, at: link.collection, depth: depth)
        if !link.id.isEmpty {
            named = withIdentity(withID(named, link.id), id: link.id, at: link.collection, depth: depth)
        }
        if let parent = link.parent {
            named.fields["padre"] = .record(shallow(self.named(parent.record, parent.fields, depth: 0)))
        }
        linked[link.serial, default: [:]][depth] = named
        return named
    }

    /// The record `id` of `collection` as a field that names it sees it (without its backlinks).
    private func reference(_ entry: DataIndex.Entry, id: String, depth: Int) -> DataRecord {
        let key = "\(depth) \(entry.collection) \(id)"
        if let done = named[key] { return done }
        let expanded = expand(entry.record, entry.fields, at: entry.collection, depth: depth)
        let record = withIdentity(withID(expanded, id), id: id, at: entry.collection, depth: 0)
        named[key] = record
        return record
    }

    private func addNames(
        _ value: DataValue, of field: DataField, target: String, to record: inout DataRecord, depth: Int
    ) {
        if let id = value.text {
            record.fields["\(field.name)_titulo"] = .text(index.title(id, in: target))
            if depth > 0, let entry = index.entries[target]?[id] {
                // Without who else names it, which its own page lists.
                record.fields["\(field.name)_ref"] = .record(reference(entry, id: id, depth: depth - 1))
            }
        } else if case .list(let items) = value {
            record.fields["\(field.name)_titulos"] = .list(
                items.compactMap(\.text).map { .text(index.title($0, in: target)) })
        }
    }

    /// A list that tallies count, also sorted by each count, most first; ties keep their order.
    private func addSorted(_ items: [DataValue], field: String, collection: String, to record: inout DataRecord) {
        for name in (index.tallies[collection] ?? [:]).keys.sorted() {
            let sorted = items.enumerated().sorted { left, right in
                let (a, b) = (left.element.record?[name]?.number ?? 0, right.element.record?[name]?.number ?? 0)
                return a != b ? a > b : left.offset < right.offset
            }
            record.fields["\(field)_por_\(name)"] = .list(sorted.map(\.element))
        }
    }

    private func withID(_ record: DataRecord, _ id: String) -> DataRecord {
        var record = record
        if record["id"] == nil { record.fields["id"] = .text(id) }
        return record
    }

    /// A parent as its items see it: its own values and the titles they name, without its lists.
    private func shallow(_ record: DataRecord) -> DataRecord {
        var shallow = record
        shallow.fields = record.fields.filter { if case .list = $0.value { false } else { true } }
        return shallow
    }
}

/// A list of records grouped by a choice field, in the order of the choice's values.
enum DataGroups {
    static func make(_ items: [DataValue], by field: DataField, values: [String]) -> DataValue {
        .list(
            values.compactMap { value -> DataValue? in
                let members = items.filter { $0.record?.text(field.name) == value }
                guard !members.isEmpty else { return nil }
                return .record(
                    DataRecord(
                        fields: [
                            "valor": .text(value), "etiqueta": .text(value.prefix(1).uppercased() + value.dropFirst()),
                            "registros": .list(members),
                        ], location: SourceLocationless.location))
            })
    }
}
