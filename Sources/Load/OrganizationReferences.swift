import Diagnostics
import Model

/// The references between an organization's files: allies name actors, the results map names
/// strategies and allies, votes name strategies, sub-activities name their activity.
enum OrganizationReferences {
    /// `checkingActors` and `checkingStrategies` are false when those files could not be read:
    /// every reference to them would look missing.
    static func check(
        _ organization: Organization, checkingActors: Bool, checkingStrategies: Bool,
        diagnostics: inout DiagnosticList
    ) {
        let actorIDs = unique(organization.actors, key: "id", what: "actor", &diagnostics)
        for ally in organization.allies where checkingActors {
            expect(ally.record, "actor", in: actorIDs, what: "ningún actor de actores.csv", &diagnostics)
        }
        let transversalIDs = checkStrategies(of: organization, &diagnostics)
        if let results = organization.resultsMap {
            let allyIDs = organization.allies.map(\.id)
            for strategy in records(results["estrategias"]) {
                if checkingStrategies {
                    expect(
                        strategy, "estrategia", in: transversalIDs, what: "ninguna estrategia transversal", &diagnostics
                    )
                }
                for ally in records(strategy["aliados"]) {
                    expect(ally, "aliado", in: allyIDs, what: "ningún aliado (un archivo de aliados/)", &diagnostics)
                }
            }
        }
        checkWorkPlan(organization.workPlan, &diagnostics)
    }

    /// Transversal strategies name lines of action and votes name transversal strategies; the
    /// ids of the transversal strategies, for the results map.
    private static func checkStrategies(of organization: Organization, _ diagnostics: inout DiagnosticList)
        -> [String]
    {
        guard let strategies = organization.strategies else { return [] }
        let lines = records(strategies["lineas_de_accion"])
        let lineIDs = unique(lines, key: "id", what: "línea de acción", &diagnostics)
        let transversals = records(strategies["transversales"])
        let transversalIDs = unique(transversals, key: "id", what: "estrategia transversal", &diagnostics)
        for transversal in transversals {
            for line in transversal["lineas"]?.list.compactMap(\.text) ?? [] where !lineIDs.contains(line) {
                diagnostics.append(
                    missing(
                        line, what: "ninguna línea de acción", among: lineIDs, at: transversal.location(of: "lineas")))
            }
        }
        guard let votes = strategies["votos"]?.record else { return transversalIDs }
        for id in votes.fields.keys.sorted() where !transversalIDs.contains(id) {
            diagnostics.append(
                missing(id, what: "ninguna estrategia transversal", among: transversalIDs, at: votes.location(of: id)))
        }
        let total = votes.fields.values.compactMap(\.number).reduce(0, +)
        let participants = organization.profile["participantes"]?.list.count ?? 0
        if participants > 0, total > 3 * participants {
            diagnostics.append(
                .warning(
                    "votos-de-mas",
                    "hay \(total) votos y \(participants) participantes con tres votos cada quien (\(3 * participants) como máximo); revisa el conteo",
                    at: votes.location
                )
            )
        }
        return transversalIDs
    }

    /// Activity numbers are unique and a sub-activity (`1.1`) comes after its activity (`1`).
    private static func checkWorkPlan(_ rows: [DataRecord], _ diagnostics: inout DiagnosticList) {
        var activities: Set<String> = []
        var numbers: Set<String> = []
        for row in rows {
            let number = row.text("numero")
            guard !number.isEmpty else { continue }
            if !numbers.insert(number).inserted {
                diagnostics.append(
                    .error(
                        "numero-repetido", "la actividad «\(number)» ya aparece antes en el plan",
                        at: row.location(of: "numero")))
            }
            let parts = number.split(separator: ".")
            if parts.count == 1 {
                activities.insert(number)
            } else if let parent = parts.first.map(String.init), !activities.contains(parent) {
                diagnostics.append(
                    .error(
                        "subactividad-sin-actividad",
                        "la subactividad «\(number)» necesita antes una fila con la actividad «\(parent)»",
                        at: row.location(of: "numero")
                    )
                )
            }
        }
    }

    private static func records(_ value: DataValue?) -> [DataRecord] {
        value?.list.compactMap(\.record) ?? []
    }

    /// The ids of `records`, reporting repeated and malformed ones.
    private static func unique(
        _ records: [DataRecord],
        key: String,
        what: String,
        _ diagnostics: inout DiagnosticList
    ) -> [String] {
        var ids: [String] = []
        var seen: Set<String> = []
        for record in records {
            let id = record.text(key)
            guard !id.isEmpty else { continue }
            if !IDSyntax.isValid(id) {
                diagnostics.append(IDSyntax.problem(id, what: "id de \(what)", at: record.location(of: key)))
            } else if !seen.insert(id).inserted {
                diagnostics.append(
                    .error(
                        "id-repetido", "ya hay otro \(what) con el id «\(id)»; cada id se usa una sola vez",
                        at: record.location(of: key)))
            }
            ids.append(id)
        }
        return ids
    }

    private static func expect(
        _ record: DataRecord,
        _ key: String,
        in ids: [String],
        what: String,
        _ diagnostics: inout DiagnosticList
    ) {
        let id = record.text(key)
        guard !id.isEmpty, !ids.contains(id) else { return }
        diagnostics.append(missing(id, what: what, among: ids, at: record.location(of: key)))
    }

    private static func missing(_ id: String, what: String, among ids: [String], at location: SourceLocation)
        -> Diagnostic
    {
        .error(
            "referencia-no-encontrada",
            "«\(id)» no es el id de \(what)\(Suggestion.phrase(for: id, in: ids))",
            at: location
        )
    }
}
