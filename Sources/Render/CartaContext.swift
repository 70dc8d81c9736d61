import Link
import Model

/// What the carta templates see: the agenda with clock times, the totals and the checklists.
/// Every key is always present, so Mustache never falls back to an outer value.
enum CartaContext {
    /// `clock` gives the times from an organization's scheduled start (the carta's own start
    /// without it); `page` is the URL of the carta's page from where the agenda is drawn (empty
    /// on the page itself); `assumption` follows a length the method assumed.
    static func make(_ carta: LinkedCarta, clock: SessionClock? = nil, page: String = "", assumption: String = "")
        -> [String: Any]
    {
        let header = carta.header
        let clock = clock ?? SessionClock(start: header.startMinute)
        let rows = carta.rows.enumerated().map { index, row in
            self.row(
                row, clock: clock, page: page, assumption: assumption,
                opensGroup: row.group != nil && (index == 0 || carta.rows[index - 1].group != row.group))
        }
        let declared = header.declaredMinutes
        let difference = declared.map { carta.computedMinutes - $0 } ?? 0
        let activityMinutes = carta.rows.filter { activity(of: $0) != nil }.reduce(0) { $0 + ($1.minutes ?? 0) }
        let pauseMinutes = carta.computedMinutes - activityMinutes
        let materials = unique(carta.rows.flatMap { activity(of: $0)?.materials ?? [] })
        let products = unique(carta.rows.flatMap { activity(of: $0)?.products ?? [] })
        return [
            "sesion": header.session.map(String.init) ?? "",
            "tiene_sesion": header.session != nil,
            "componente": header.component?.text ?? "",
            "tiene_componente": header.component != nil,
            "objetivo": header.objective ?? "",
            "tiene_objetivo": header.objective != nil,
            "niveles": SpanishList.join(header.levels.map(\.text), with: "y"),
            "tiene_niveles": !header.levels.isEmpty,
            "modalidades": SpanishList.join(header.modalities.map(\.text), with: "o"),
            "tiene_modalidades": !header.modalities.isEmpty,
            "inicio": clock.text(after: 0),
            "fin": clock.text(after: carta.computedMinutes),
            "filas": rows,
            "total": DurationText.format(minutes: carta.computedMinutes),
            // What the total adds up, so every carta says it the same way.
            "actividades": DurationText.format(minutes: activityMinutes),
            "recesos": DurationText.format(minutes: pauseMinutes),
            "tiene_recesos": pauseMinutes > 0,
            "tiene_declarada": declared != nil,
            "declarada": declared.map { DurationText.format(minutes: $0) } ?? "",
            "difiere": carta.differsFromDeclared,
            "diferencia": DurationText.format(minutes: abs(difference)),
            "de_mas": difference > 0,
            "recesos_sin_duracion": carta.pausesWithoutDuration,
            "tiene_recesos_sin_duracion": carta.pausesWithoutDuration > 0,
            "materiales": materials,
            "tiene_materiales": !materials.isEmpty,
            "productos": products,
            "tiene_productos": !products.isEmpty,
        ]
    }

    /// One agenda row; also what an `actividad` or `receso` block shows under its heading.
    static func row(
        _ row: AgendaRow, clock: SessionClock, page: String = "", assumption: String = "", opensGroup: Bool = false
    ) -> [String: Any] {
        let activity = activity(of: row)
        let duration = row.minutes.map { DurationText.format(minutes: $0) } ?? ""
        var isMeal = false
        if case .pause(let kind) = row.kind { isMeal = kind == .meal }
        return [
            "titulo": row.title,
            "ancla": row.anchor,
            // A meal the organization adds has no heading of its own: it links the carta.
            "enlace": row.anchor.isEmpty ? page : page + "#" + row.anchor,
            "es_actividad": activity != nil,
            "es_receso": activity == nil,
            "es_comida": isMeal,
            "grupo": row.group ?? "",
            "abre_grupo": opensGroup,
            "inicio": clock.text(after: row.offset),
            "fin": clock.text(after: row.offset + (row.minutes ?? 0)),
            "duracion": row.assumedMinutes && !assumption.isEmpty ? "\(duration) (\(assumption))" : duration,
            "sin_duracion": row.minutes == nil,
            "materiales": activity?.materials ?? [],
            "tiene_materiales": !(activity?.materials.isEmpty ?? true),
            "productos": activity?.products ?? [],
            "tiene_productos": !(activity?.products.isEmpty ?? true),
        ]
    }

    private static func activity(of row: AgendaRow) -> ActivitySpec? {
        if case .activity(let activity) = row.kind { return activity }
        return nil
    }

    /// First occurrence wins, so the checklist follows the order of the session.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// "a, b y c": lists as Spanish writes them.
enum SpanishList {
    static func join(_ items: [String], with conjunction: String) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
