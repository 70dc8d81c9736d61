import Model

/// The values the `paginas/organizacion/` templates see. Data comes as written in the files
/// (see `MustacheData`); what is worked out — the path by level, what names each actor, results
/// by ally — is added here. Links between these pages are relative `.md` paths from the page.
struct OrganizationContext {
    let organization: Organization
    /// The data each page names by id, looked up once: walking the lists for every name made a
    /// page such as the system (each actor with the allies and results that name it) cost the
    /// product of the lists' lengths.
    private let actorByID: [String: DataRecord]
    private let allyByID: [String: Organization.Ally]
    private let alliesByActor: [String: [Organization.Ally]]
    private let strategyNames: [String: String]
    private let resultsByAlly: [String: [(strategyName: String, record: DataRecord)]]

    init(organization: Organization) {
        self.organization = organization
        actorByID = Dictionary(organization.actors.map { ($0.text("id"), $0) }) { first, _ in first }
        allyByID = Dictionary(organization.allies.map { ($0.id, $0) }) { first, _ in first }
        alliesByActor = Dictionary(grouping: organization.allies) { $0.record.text("actor") }
        let transversals = organization.strategies?["transversales"]?.list.compactMap(\.record) ?? []
        let names = Dictionary(transversals.map { ($0.text("id"), $0.text("nombre")) }) { first, _ in first }
        strategyNames = names
        var results: [String: [(strategyName: String, record: DataRecord)]] = [:]
        for strategy in organization.resultsMap?["estrategias"]?.list.compactMap(\.record) ?? [] {
            let id = strategy.text("estrategia")
            for entry in strategy["aliados"]?.list.compactMap(\.record) ?? [] {
                results[entry.text("aliado"), default: []].append((names[id] ?? id, entry))
            }
        }
        resultsByAlly = results
    }

    /// What every page of the organization sees.
    var common: [String: Any] {
        var profile = MustacheData.dictionary(organization.profile)
        profile["slug"] = organization.slug
        return ["organizacion": profile, "org_id": "org-\(organization.slug)"]
    }

    func overview(sheets: Bool) -> [String: Any] {
        let level = organization.level ?? .basic
        let scheduled = Dictionary(organization.scheduledSessions.map { ($0.session, $0) }) { first, _ in first }
        let path: [[String: Any]] = (1...6).map { number in
            var step: [String: Any] = [
                "sesion": number,
                "id": "sesion-\(number)",
                "recomendada": level.recommends(session: number),
                "programada": scheduled[number] != nil,
            ]
            if let session = scheduled[number] {
                step.merge(Self.schedule(session, agenda: "sesiones/")) { _, new in new }
            }
            return step
        }
        return [
            "ruta": path,
            "recomienda_plan": level.recommendsAlliancePlan,
            "tiene_sistema": !organization.actors.isEmpty,
            "tiene_aliados": !organization.allies.isEmpty,
            "aliados": organization.allies.map { ["nombre": allyName($0), "enlace": "aliados/\($0.id).md"] },
            "tiene_estrategias": organization.strategies != nil,
            "tiene_resultados": organization.resultsMap != nil,
            "tiene_plan": organization.strategies != nil || organization.resultsMap != nil,
            "tiene_plan_de_trabajo": !organization.workPlan.isEmpty,
            "tiene_hojas": sheets,
        ]
    }

    var system: [String: Any] {
        let actors = organization.actors.map { actor -> [String: Any] in
            var values = MustacheData.dictionary(actor)
            let references = references(to: actor.text("id"))
            values["referencias"] = references
            values["tiene_referencias"] = !references.isEmpty
            return values
        }
        let sectors = OrganizationSchema.sectors.compactMap { sector -> [String: Any]? in
            let members = actors.filter { $0["sector"] as? String == sector }
            let title = sector.prefix(1).uppercased() + sector.dropFirst()
            return members.isEmpty ? nil : ["sector": sector, "titulo": title, "actores": members]
        }
        return ["actores": actors, "sectores": sectors]
    }

    var allies: [String: Any] {
        [
            "aliados": organization.allies.map { ally -> [String: Any] in
                let actor = actorByID[ally.record.text("actor")]
                return [
                    "nombre": allyName(ally), "enlace": "\(ally.id).md", "sector": actor?.text("sector") ?? "",
                    "conclusion": ally.record["due_diligence"]?.record?.text("conclusion") ?? "",
                ]
            }
        ]
    }

    func ally(_ ally: Organization.Ally) -> [String: Any] {
        var values = MustacheData.dictionary(ally.record)
        let actor = actorByID[ally.record.text("actor")]
        values["nombre"] = allyName(ally)
        values["sector"] = actor?.text("sector") ?? ""
        values["relacion"] = actor?.text("relacion") ?? ""
        values["recurso"] = actor?.text("recurso") ?? ""
        let results = (resultsByAlly[ally.id] ?? []).map { row -> [String: Any] in
            ["estrategia": row.strategyName, "objetivo": row.record.text("objetivo")]
        }
        return ["aliado": values, "resultados": results, "tiene_resultados": !results.isEmpty]
    }

    func allyName(_ ally: Organization.Ally) -> String {
        actorByID[ally.record.text("actor")]?.text("actor") ?? ally.id
    }

    var strategies: [String: Any] {
        guard let strategies = organization.strategies else { return [:] }
        let lines = strategies["lineas_de_accion"]?.list.compactMap(\.record) ?? []
        let lineNames = Dictionary(lines.map { ($0.text("id"), $0.text("nombre")) }) { first, _ in first }
        let votes = strategies["votos"]?.record
        let transversals = (strategies["transversales"]?.list.compactMap(\.record) ?? []).map {
            record -> [String: Any] in
            var values = MustacheData.dictionary(record)
            values["votos"] = votes?[record.text("id")]?.number ?? 0
            values["lineas_nombres"] = (record["lineas"]?.list.compactMap(\.text) ?? [])
                .map { lineNames[$0] ?? $0 }.joined(separator: "; ")
            return values
        }
        let ranked = transversals.sorted { ($0["votos"] as? Int ?? 0) > ($1["votos"] as? Int ?? 0) }
        return [
            "lineas": lines.map(MustacheData.dictionary),
            "transversales": ranked,
            "tiene_transversales": !ranked.isEmpty,
        ]
    }

    var results: [String: Any] {
        guard let map = organization.resultsMap else { return [:] }
        let strategies = (map["estrategias"]?.list.compactMap(\.record) ?? []).enumerated().map {
            index, strategy -> [String: Any] in
            let allies = (strategy["aliados"]?.list.compactMap(\.record) ?? []).map { entry -> [String: Any] in
                var values = MustacheData.dictionary(entry)
                let id = entry.text("aliado")
                values["nombre"] = allyByID[id].map(allyName) ?? id
                values["enlace"] = "aliados/\(id).md"
                return values
            }
            return [
                "numero": index + 1,
                "nombre": strategyName(strategy.text("estrategia")),
                "aliados": allies,
            ]
        }
        return ["estrategias_prioritarias": strategies, "conclusiones": map.text("conclusiones")]
    }

    var alliancePlan: [String: Any] {
        strategies.merging(results) { first, _ in first }
    }

    var schedule: [String: Any] {
        ["sesiones": organization.scheduledSessions.map { Self.schedule($0, agenda: "") }]
    }

    func session(_ session: ScheduledSession) -> [String: Any] {
        Self.schedule(session, agenda: "")
    }

    /// A scheduled session as shown: date in Spanish, start time, place, modality, and the link
    /// to its agenda from a page whose folder is `agenda` away from the agendas' folder.
    private static func schedule(_ session: ScheduledSession, agenda prefix: String) -> [String: Any] {
        [
            "sesion": session.session,
            "id_carta": "sesion-\(session.session)",
            "fecha": session.date?.spanish ?? "",
            "fecha_iso": session.date?.iso ?? "",
            "inicio": DurationText.clock(minutes: session.startMinute),
            "lugar": session.place,
            "modalidad": session.modality.rawValue,
            "agenda": "\(prefix)sesion-\(session.session).md",
        ]
    }

    /// Every ally, strategy and result that names an actor.
    private func references(to actor: String) -> [[String: Any]] {
        var references: [[String: Any]] = []
        for ally in alliesByActor[actor] ?? [] {
            references.append(["tipo": "aliado", "texto": allyName(ally), "enlace": "aliados/\(ally.id).md"])
            for row in resultsByAlly[ally.id] ?? [] {
                references.append(["tipo": "resultado", "texto": row.strategyName, "enlace": "mapa-de-resultados.md"])
            }
        }
        return references
    }

    private func strategyName(_ id: String) -> String {
        strategyNames[id] ?? id
    }
}
