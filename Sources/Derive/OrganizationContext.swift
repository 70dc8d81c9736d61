import Model

/// The values every `paginas/organizacion/` template sees for one organization: its data as
/// `DataView` works it out, each file under its name (see `MustacheData`), and what the engine
/// adds: `organizacion` (slug, name, level), `tiene_<archivo>`, `paginas` (the method's pages
/// that exist, by id), `ruta` (the package's sessions for its level, with its calendar),
/// `nivel_nota` and `tiene_hojas`. Links between these pages are relative `.md` paths.
struct OrganizationContext {
    let organization: Organization
    let method: OrganizationMethod
    let view: DataView
    /// The package's levels, for the path recommended at the organization's.
    let levels: [MethodLevel]
    /// Session number → id of its carta's page, for every session the package has.
    let cartas: [Int: String]

    func common(hasSheets: Bool) -> [String: Any] {
        var values = view.tree.record.map(MustacheData.dictionary) ?? [:]
        let participants = method.participants.flatMap { view.tree.value(at: $0)?.list.count } ?? 0
        values["organizacion"] = [
            "slug": organization.slug, "nombre": organization.name, "nivel": organization.level,
            "participantes": participants, "tiene_participantes": participants > 0,
        ]
        values["org_id"] = "org-\(organization.slug)"
        for file in method.files { values["tiene_\(file.name)"] = organization.hasData(file.name) }
        values["paginas"] = pages
        values["tiene_hojas"] = hasSheets
        values["ruta"] = path
        let level = levels.first { $0.name == organization.level }
        values["nivel_nota"] = level?.note ?? ""
        return values
    }

    /// The method's pages this organization has, by id, each `true`.
    private var pages: [String: Any] {
        var pages: [String: Any] = [:]
        for spec in method.pages where !spec.id.isEmpty && spec.forEach == nil {
            if spec.data.isEmpty || spec.data.contains(where: organization.hasData) { pages[spec.id] = true }
        }
        return pages
    }

    /// Every session of the package: recommended at the organization's level or not, and its
    /// date, time and place when the calendar has it.
    private var path: [[String: Any]] {
        let level = levels.first { $0.name == organization.level }
        let scheduled = Dictionary(organization.calendar.map { ($0.session, $0) }) { first, _ in first }
        return cartas.keys.sorted().map { number in
            // Every key, even empty: a missing one would be looked up in the page's other values.
            var step: [String: Any] = [
                "sesion": number,
                "id": cartas[number] ?? "",
                "recomendada": level?.sessions.contains(number) ?? true,
                "programada": scheduled[number] != nil,
                "fecha": "", "fecha_iso": "", "inicio": "", "lugar": "", "modalidad": "", "agenda": "", "id_carta": "",
            ]
            if let session = scheduled[number] {
                step.merge(schedule(session, agenda: "sesiones/")) { _, new in new }
            }
            return step
        }
    }

    /// A scheduled session as shown: date in Spanish, start time, place, modality, and the link
    /// to its agenda from a page whose folder is `agenda` away from the agendas' folder.
    func schedule(_ session: ScheduledSession, agenda prefix: String) -> [String: Any] {
        [
            "sesion": session.session,
            "id_carta": cartas[session.session] ?? "",
            "fecha": session.date?.spanish ?? "",
            "fecha_iso": session.date?.iso ?? "",
            "inicio": DurationText.clock(minutes: session.startMinute),
            "lugar": session.place,
            "modalidad": session.modality,
            "agenda": "\(prefix)sesion-\(session.session).md",
            "calendario": session.date == nil ? "" : "\(prefix)\(CalendarFiles.sessionFile(session))",
        ]
    }
}
