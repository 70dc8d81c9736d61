import Diagnostics
import Model

/// The references between an organization's files, as the method describes them: every id is
/// unique where it identifies, every value that names a record names one that exists, numbers in
/// an outline come after the item they are under, and a tally's votes fit its people.
enum OrganizationReferences {
    /// `unreadable` are files that could not be read: every reference to them would look missing.
    static func check(
        _ organization: Organization, method: OrganizationMethod, skipping unreadable: Set<String>,
        diagnostics: inout DiagnosticList
    ) {
        let ids = IDTables(organization, method: method, diagnostics: &diagnostics)
        var walker = ReferenceWalker(ids: ids, unreadable: unreadable, organization: organization)
        for spec in method.files {
            guard let file = organization.file(spec.name) else { continue }
            for record in file.records { walker.walk(.record(record), spec.schema, at: record.location) }
            for field in spec.fields where field.schema == .outline {
                OutlineCheck.check(file.records, field: field.name, diagnostics: &diagnostics)
            }
        }
        diagnostics.append(contentsOf: walker.problems)
    }

    static func missing(_ id: String, in target: String, among ids: [String], at location: SourceLocation)
        -> Diagnostic
    {
        .error(
            "referencia-no-encontrada",
            "«\(id)» no es el id de ningún registro de `\(target)`\(Suggestion.phrase(for: id, in: ids))",
            at: location
        )
    }
}

/// The ids of every file and list that has them, each checked for syntax and repeats.
struct IDTables {
    private(set) var ids: [String: [String]] = [:]
    private var sets: [String: Set<String>] = [:]

    init(_ organization: Organization, method: OrganizationMethod, diagnostics: inout DiagnosticList) {
        for spec in method.files {
            guard let file = organization.file(spec.name) else { continue }
            if spec.id != nil {
                add(
                    spec.name, file.records.map { ($0.text(spec.id ?? ""), $0.location(of: spec.id ?? "")) },
                    &diagnostics)
            } else if case .folder = spec.shape {
                ids[spec.name] = file.ids
                sets[spec.name] = Set(file.ids)
            }
            for field in spec.fields {
                guard let key = field.itemID else { continue }
                let items = file.records.flatMap { $0[field.name]?.list.compactMap(\.record) ?? [] }
                add("\(spec.name).\(field.name)", items.map { ($0.text(key), $0.location(of: key)) }, &diagnostics)
            }
        }
    }

    func contains(_ id: String, in target: String) -> Bool { sets[target]?.contains(id) ?? false }
    func has(_ target: String) -> Bool { sets[target] != nil }

    private mutating func add(
        _ target: String, _ written: [(id: String, location: SourceLocation)], _ diagnostics: inout DiagnosticList
    ) {
        var seen: Set<String> = []
        var list: [String] = []
        for (id, location) in written where !id.isEmpty {
            if !IDSyntax.isValid(id) {
                diagnostics.append(IDSyntax.problem(id, what: "id de `\(target)`", at: location))
            } else if !seen.insert(id).inserted {
                diagnostics.append(
                    .error(
                        "id-repetido",
                        "«\(id)» ya es el id de otro registro de `\(target)`; cada id se usa una sola vez",
                        at: location))
            }
            list.append(id)
        }
        ids[target] = list
        sets[target] = seen
    }
}
