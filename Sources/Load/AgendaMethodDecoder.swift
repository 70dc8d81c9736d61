import Diagnostics
import Model
import Yams

/// Decodes `organizacion › agenda:` of `metodo.yml`: the fields of a scheduled session that
/// change its agenda, and the length of a break the package does not size. The fields must be
/// in the calendar's records, numbers or `separados` as each needs.
enum AgendaMethodDecoder {
    static func decode(_ node: Node, in parent: YAMLMapping, diagnostics: inout DiagnosticList) -> AgendaMethod? {
        guard
            let spec = YAMLMapping(
                node, what: "`agenda`", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return nil }
        let keys = [
            AgendaMethod.breakKey, AgendaMethod.mealKey, AgendaMethod.mealAfterKey, AgendaMethod.skippedKey,
            AgendaMethod.lengthsKey, AgendaMethod.defaultBreakKey,
        ]
        spec.rejectUnknownKeys(allowed: keys, what: "`agenda`", diagnostics: &diagnostics)
        var method = AgendaMethod(location: spec.location)
        method.breakMinutes = spec.string(AgendaMethod.breakKey, diagnostics: &diagnostics)
        method.mealMinutes = spec.string(AgendaMethod.mealKey, diagnostics: &diagnostics)
        method.mealAfter = spec.string(AgendaMethod.mealAfterKey, diagnostics: &diagnostics)
        method.skipped = spec.string(AgendaMethod.skippedKey, diagnostics: &diagnostics)
        method.lengths = spec.string(AgendaMethod.lengthsKey, diagnostics: &diagnostics)
        method.defaultBreakMinutes = spec.int(AgendaMethod.defaultBreakKey, diagnostics: &diagnostics)
        for key in keys { method.locations[key] = spec.locationOfValue(key) }
        if let minutes = method.defaultBreakMinutes, !(1...240).contains(minutes) {
            diagnostics.append(
                .error(
                    "valor-no-valido",
                    "`\(AgendaMethod.defaultBreakKey):` son los minutos de un receso sin duración: un número del 1 al 240",
                    at: spec.locationOfValue(AgendaMethod.defaultBreakKey) ?? spec.location))
        }
        return method
    }

    /// Each field the agenda names is a field of the calendar's records, of the kind it needs.
    static func check(_ method: OrganizationMethod, diagnostics: inout DiagnosticList) {
        guard let agenda = method.agenda else { return }
        guard let calendar = method.calendar else {
            diagnostics.append(
                .error(
                    "falta-campo", "`agenda:` cambia las sesiones del calendario, pero falta `calendario:`",
                    at: agenda.location))
            return
        }
        let lists = [AgendaMethod.skippedKey, AgendaMethod.lengthsKey]
        for (key, name) in agenda.fields {
            let field = MethodPaths.field(at: "\(calendar).\(name)", in: method)
            let fits: Bool
            switch field?.schema {
            case .number?: fits = !lists.contains(key)
            case .separated?: fits = lists.contains(key)
            default: fits = false
            }
            guard !fits else { continue }
            let kind = lists.contains(key) ? "separados" : "numero"
            diagnostics.append(
                .error(
                    "referencia-no-encontrada",
                    "`agenda › \(key)` nombra «\(name)», que debe ser un campo `\(kind)` de los registros de «\(calendar)»; decláralo en sus `campos:`",
                    at: agenda.locations[key] ?? agenda.location))
        }
    }
}
