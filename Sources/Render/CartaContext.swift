import Link
import Model

/// What the carta templates see: the agenda with clock times, the totals and the checklists.
/// Every key is always present, so Mustache never falls back to an outer value.
enum CartaContext {
    /// `start` overrides the carta's own start time (an organization's scheduled session);
    /// `page` is the URL of the carta's page from where the agenda is drawn (empty on the page itself).
    static func make(_ carta: LinkedCarta, start: Int? = nil, page: String = "") -> [String: Any] {
        let header = carta.header
        let start = start ?? header.startMinute
        let rows = carta.rows.enumerated().map { index, row in
            self.row(
                row, start: start, page: page,
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
            "inicio": DurationText.clock(minutes: start),
            "fin": DurationText.clock(minutes: start + carta.computedMinutes),
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
    static func row(_ row: AgendaRow, start: Int, page: String = "", opensGroup: Bool = false) -> [String: Any] {
        let activity = activity(of: row)
        let from = start + row.offset
        var isMeal = false
        if case .pause(let kind) = row.kind { isMeal = kind == .meal }
        return [
            "titulo": row.title,
            "ancla": row.anchor,
            "enlace": page + "#" + row.anchor,
            "es_actividad": activity != nil,
            "es_receso": activity == nil,
            "es_comida": isMeal,
            "grupo": row.group ?? "",
            "abre_grupo": opensGroup,
            "inicio": DurationText.clock(minutes: from),
            "fin": DurationText.clock(minutes: from + (row.minutes ?? 0)),
            "duracion": row.minutes.map { DurationText.format(minutes: $0) } ?? "",
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
