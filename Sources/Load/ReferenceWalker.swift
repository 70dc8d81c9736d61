import Diagnostics
import Model

/// Walks a record down its schema and checks every value that names another record.
struct ReferenceWalker {
    let ids: IDTables
    let unreadable: Set<String>
    let organization: Organization
    private(set) var problems: [Diagnostic] = []

    init(ids: IDTables, unreadable: Set<String>, organization: Organization) {
        self.ids = ids
        self.unreadable = unreadable
        self.organization = organization
    }

    mutating func walk(_ value: DataValue, _ schema: DataSchema, at location: SourceLocation) {
        switch (value, schema) {
        case (.record(let record), .record(let fields)):
            for field in fields {
                guard let inner = record[field.name] else { continue }
                let place = record.location(of: field.name)
                if let target = field.reference { check(inner, field: field, target: target, at: place, in: record) }
                walk(inner, field.schema, at: place)
            }
        case (.list(let items), .list(let item)):
            for entry in items { walk(entry, item, at: entry.record?.location ?? location) }
        default:
            break
        }
    }

    /// `value` names records of `target`: a text, a list of texts, or a tally's keys.
    private mutating func check(
        _ value: DataValue, field: DataField, target: String, at location: SourceLocation, in record: DataRecord
    ) {
        // Sessions are the package's, known when LINK reads the cartas; a file that could not be
        // read would make every name look missing.
        guard target != MethodPaths.sessions, ids.has(target),
            !unreadable.contains(String(target.split(separator: ".").first ?? ""))
        else { return }
        switch value {
        case .text(let id) where !id.isEmpty: expect(id, in: target, at: location)
        case .list(let items):
            for id in items.compactMap(\.text) where !id.isEmpty { expect(id, in: target, at: location) }
        case .record(let tally) where field.schema == .tally:
            for id in tally.fields.keys.sorted() { expect(id, in: target, at: tally.location(of: id)) }
            checkVotes(tally, field: field)
        default: break
        }
    }

    private mutating func expect(_ id: String, in target: String, at location: SourceLocation) {
        guard !ids.contains(id, in: target) else { return }
        problems.append(OrganizationReferences.missing(id, in: target, among: ids.ids[target] ?? [], at: location))
    }

    /// A tally with a number per person: more in all than the people can give is a warning.
    private mutating func checkVotes(_ tally: DataRecord, field: DataField) {
        guard let perPerson = field.perPerson, let people = field.people else { return }
        let count = organization.value(at: people)?.list.count ?? 0
        let total = tally.fields.values.compactMap(\.number).reduce(0, +)
        guard count > 0, total > perPerson * count else { return }
        problems.append(
            .warning(
                "votos-de-mas",
                "`\(field.name)` suma \(total) y hay \(count) personas con \(perPerson) cada una (\(perPerson * count) como máximo); revisa el conteo",
                at: tally.location))
    }
}

/// Numbers in an outline (`1`, `1.1`) are unique, and an item comes after the one it is under.
enum OutlineCheck {
    static func check(_ records: [DataRecord], field: String, diagnostics: inout DiagnosticList) {
        var parents: Set<String> = []
        var numbers: Set<String> = []
        for record in records {
            let number = record.text(field)
            guard !number.isEmpty else { continue }
            if !numbers.insert(number).inserted {
                diagnostics.append(
                    .error(
                        "numero-repetido", "el número «\(number)» ya aparece antes en el archivo",
                        at: record.location(of: field)))
            }
            let parts = number.split(separator: ".")
            if parts.count == 1 {
                parents.insert(number)
            } else if let parent = parts.first.map(String.init), !parents.contains(parent) {
                diagnostics.append(
                    .error(
                        "subactividad-sin-actividad",
                        "«\(number)» necesita antes una fila con el número «\(parent)»",
                        at: record.location(of: field)
                    )
                )
            }
        }
    }
}
