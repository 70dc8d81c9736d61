/// What a worksheet may name to fill itself: one tree per organization (and ally), whose paths
/// the `dato` and `datos` keys of a `hoja` block use (`aliado.implementacion.mou.proposito`).
public enum WorksheetData {
    private static let judged = DataSchema.list(.text)

    public static let schema = DataSchema.record([
        DataField("organizacion", OrganizationSchema.profile),
        DataField("actores", .list(.record(OrganizationSchema.actorColumns))),
        DataField("aliado", allySchema),
        DataField(
            "estrategias",
            .record([
                DataField(
                    "lineas",
                    .list(
                        .record([
                            DataField("nombre", .text), DataField("funcionaron", judged),
                            DataField("no_funcionaron", judged), DataField("agregar", judged),
                        ]))),
                DataField(
                    "transversales",
                    .list(
                        .record([
                            DataField("nombre", .text), DataField("lineas", .list(.text)),
                            DataField("situacion", .text), DataField("votos", .number(0...999)),
                        ]))),
            ])),
        DataField(
            "resultados",
            .list(
                .record([
                    DataField("estrategia", .text), DataField("aliado", .text), DataField("objetivo", .text),
                    DataField("corto_plazo", .list(.text)), DataField("mediano_plazo", .list(.text)),
                    DataField("largo_plazo", .list(.text)), DataField("siguientes_pasos", .list(.text)),
                ]))),
        DataField("plan", .record([DataField("conclusiones", .text)])),
        DataField("plan_de_trabajo", .list(.record(OrganizationSchema.workPlanColumns))),
    ])

    /// The ally's file plus the name and sector of the actor it names.
    private static var allySchema: DataSchema {
        guard case .record(let fields) = OrganizationSchema.ally else { return OrganizationSchema.ally }
        return .record([DataField("nombre", .text), DataField("sector", .text)] + fields)
    }

    /// The tree for `organization`, with `ally` under `aliado` when the sheet is filled per ally.
    public static func tree(for organization: Organization, ally: Organization.Ally?) -> DataValue {
        let location = organization.profile.location
        var root = DataRecord(location: location)
        root.fields["organizacion"] = .record(organization.profile)
        root.fields["actores"] = .list(organization.actors.map(DataValue.record))
        if let ally {
            var record = ally.record
            let actor = organization.actor(ally.record.text("actor"))
            record.fields["nombre"] = .text(actor?.text("actor") ?? ally.id)
            record.fields["sector"] = .text(actor?.text("sector") ?? "")
            root.fields["aliado"] = .record(record)
        }
        root.fields["estrategias"] = strategies(organization)
        root.fields["resultados"] = .list(results(organization))
        root.fields["plan"] = .record(
            DataRecord(
                fields: ["conclusiones": .text(organization.resultsMap?.text("conclusiones") ?? "")],
                location: location))
        root.fields["plan_de_trabajo"] = .list(organization.workPlan.map(DataValue.record))
        return .record(root)
    }

    /// The value at a dotted path, or nil when the tree has nothing there.
    public static func value(at path: String, in tree: DataValue) -> DataValue? {
        var current: DataValue? = tree
        for part in path.split(separator: ".") {
            current = current?.record?[String(part)]
        }
        return current
    }

    private static func strategies(_ organization: Organization) -> DataValue {
        let location = organization.profile.location
        guard let strategies = organization.strategies else { return .record(DataRecord(location: location)) }
        let lines = (strategies["lineas_de_accion"]?.list.compactMap(\.record) ?? []).map { line -> DataValue in
            func judged(_ key: String) -> DataValue {
                .list(
                    (line[key]?.list.compactMap(\.record) ?? []).map { item in
                        let reason = item.text("por_que")
                        return .text(reason.isEmpty ? item.text("estrategia") : "\(item.text("estrategia")): \(reason)")
                    })
            }
            return .record(
                DataRecord(
                    fields: [
                        "nombre": .text(line.text("nombre")), "funcionaron": judged("funcionaron"),
                        "no_funcionaron": judged("no_funcionaron"), "agregar": line["agregar"] ?? .list([]),
                    ],
                    location: line.location))
        }
        let lineNames = Dictionary(
            (strategies["lineas_de_accion"]?.list.compactMap(\.record) ?? []).map { ($0.text("id"), $0.text("nombre")) }
        ) { first, _ in first }
        let votes = strategies["votos"]?.record
        let transversals = (strategies["transversales"]?.list.compactMap(\.record) ?? []).map { item -> DataValue in
            .record(
                DataRecord(
                    fields: [
                        "nombre": .text(item.text("nombre")),
                        "lineas": .list(
                            (item["lineas"]?.list.compactMap(\.text) ?? []).map { .text(lineNames[$0] ?? $0) }),
                        "situacion": .text(item.text("situacion")),
                        "votos": .number(votes?[item.text("id")]?.number ?? 0),
                    ],
                    location: item.location))
        }
        return .record(
            DataRecord(fields: ["lineas": .list(lines), "transversales": .list(transversals)], location: location))
    }

    private static func results(_ organization: Organization) -> [DataValue] {
        let transversals = organization.strategies?["transversales"]?.list.compactMap(\.record) ?? []
        let names = Dictionary(transversals.map { ($0.text("id"), $0.text("nombre")) }) { first, _ in first }
        return (organization.resultsMap?["estrategias"]?.list.compactMap(\.record) ?? []).flatMap { strategy in
            (strategy["aliados"]?.list.compactMap(\.record) ?? []).map { entry -> DataValue in
                let allyID = entry.text("aliado")
                let actor = organization.ally(allyID).flatMap { organization.actor($0.record.text("actor")) }
                let steps = (entry["siguientes_pasos"]?.list.compactMap(\.record) ?? []).map { step -> DataValue in
                    let owner = [step.text("responsable"), step.text("fecha")].filter { !$0.isEmpty }
                    return .text(
                        owner.isEmpty
                            ? step.text("accion") : "\(step.text("accion")) (\(owner.joined(separator: ", ")))")
                }
                return .record(
                    DataRecord(
                        fields: [
                            "estrategia": .text(names[strategy.text("estrategia")] ?? strategy.text("estrategia")),
                            "aliado": .text(actor?.text("actor") ?? allyID),
                            "objetivo": .text(entry.text("objetivo")),
                            "corto_plazo": entry["corto_plazo"] ?? .list([]),
                            "mediano_plazo": entry["mediano_plazo"] ?? .list([]),
                            "largo_plazo": entry["largo_plazo"] ?? .list([]),
                            "siguientes_pasos": .list(steps),
                        ],
                        location: entry.location))
            }
        }
    }
}
