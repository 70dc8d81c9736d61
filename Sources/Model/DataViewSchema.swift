/// The shape of a `DataView`'s tree: the files' schemas with the values worked out beside them
/// (ids, positions, parents, titles and records of what fields name, counts, backlinks, groups),
/// so that a worksheet's paths can be checked before any organization fills it.
public enum DataViewSchema {
    /// The tree for `method`; a worksheet filled once per record adds the record's own.
    public static func make(_ method: OrganizationMethod) -> DataSchema {
        var fields: [DataField] = []
        for spec in method.files {
            let item = expanded(spec.fields, in: method, collection: spec.name, hasID: spec.hasIDs, depth: 2)
            if case .yaml = spec.shape {
                fields.append(DataField(spec.name, .record(item)))
            } else {
                fields.append(DataField(spec.name, .list(.record(item))))
                for field in spec.fields {
                    guard case .choice = field.schema else { continue }
                    let group = [
                        DataField("valor", .text), DataField("etiqueta", .text),
                        DataField("registros", .list(.record(item))),
                    ]
                    fields.append(DataField("\(spec.name)_por_\(field.name)", .list(.record(group))))
                }
            }
        }
        return .record(fields)
    }

    /// `tree` as a sheet filled once per record of `file` reads it: with that file's record under
    /// the sheet's name for it (`como:`).
    public static func sheet(_ tree: DataSchema, record file: String?, as name: String) -> DataSchema {
        guard let file, case .record(var fields) = tree,
            case .list(let item) = fields.first(where: { $0.name == file })?.schema
        else { return tree }
        fields.append(DataField(name, item))
        return .record(fields)
    }

    private static func expanded(
        _ fields: [DataField], in method: OrganizationMethod, collection: String, hasID: Bool, depth: Int,
        parent: [DataField]? = nil
    ) -> [DataField] {
        var result: [DataField] = []
        for field in fields {
            result += expandedField(field, in: method, collection: collection, depth: depth, parent: fields)
        }
        result.append(DataField("posicion", .number(1...999_999)))
        if hasID, !fields.contains(where: { $0.name == "id" }) { result.append(DataField("id", .text)) }
        if let parent { result.append(DataField("padre", .record(parent))) }
        for spec in method.files {
            for field in spec.fields where field.schema == .tally && field.reference == collection {
                result.append(DataField(field.name, .number(0...999_999)))
            }
        }
        return result
    }

    /// A record as the items of its lists see it (`padre`): its values and the titles they name,
    /// without its lists.
    private static func shallow(_ fields: [DataField]) -> [DataField] {
        fields.flatMap { field -> [DataField] in
            guard !field.schema.isList else { return [] }
            guard field.reference != nil, field.schema != .tally else { return [field] }
            return [field, DataField("\(field.name)_titulo", .text)]
        }
    }

    private static func expandedField(
        _ field: DataField, in method: OrganizationMethod, collection: String, depth: Int, parent: [DataField]
    ) -> [DataField] {
        var result: [DataField] = []
        switch field.schema {
        case .list(.record(let items)):
            let inner = "\(collection).\(field.name)"
            result.append(
                DataField(
                    field.name,
                    .list(
                        .record(
                            expanded(
                                items, in: method, collection: inner, hasID: field.itemID != nil, depth: depth,
                                parent: shallow(parent))))))
        case .record(let inner):
            result.append(
                DataField(
                    field.name,
                    .record(
                        inner.flatMap {
                            expandedField($0, in: method, collection: collection, depth: depth, parent: inner)
                        })))
        default:
            result.append(field)
        }
        if let target = field.reference, field.schema != .tally {
            if field.schema.isList {
                result.append(DataField("\(field.name)_titulos", .list(.text)))
            } else {
                result.append(DataField("\(field.name)_titulo", .text))
                if depth > 0, let fields = fields(of: target, in: method) {
                    result.append(DataField("\(field.name)_ref", .record(fields)))
                }
            }
        }
        return result
    }

    /// The fields of the records a reference target holds.
    private static func fields(of target: String, in method: OrganizationMethod) -> [DataField]? {
        let parts = target.split(separator: ".").map(String.init)
        guard let file = parts.first.flatMap(method.file(named:)) else { return nil }
        guard parts.count == 2 else {
            return file.fields.contains { $0.name == "id" } ? file.fields : file.fields + [DataField("id", .text)]
        }
        guard case .list(.record(let items)) = file.fields.first(where: { $0.name == parts[1] })?.schema else {
            return nil
        }
        return items
    }
}
