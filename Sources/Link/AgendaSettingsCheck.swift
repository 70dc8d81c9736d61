import Diagnostics
import Model

/// Checks an organization's agenda settings against the carta of each session it schedules:
/// every activity number is one the carta has, the meal goes between two activities and has a
/// length. Errors are where the setting is written, and say what to write instead.
public enum AgendaSettingsCheck {
    public static func check(
        _ organizations: [Organization], cartas: (Int) -> LinkedCarta?, method: AgendaMethod?,
        diagnostics: inout DiagnosticList
    ) {
        guard let method else { return }
        for organization in organizations {
            for session in organization.calendar {
                guard let carta = cartas(session.session) else { continue }
                diagnostics.append(
                    contentsOf: problems(carta, session.agenda, method: method, session: session.session))
            }
        }
    }

    public static func problems(_ carta: LinkedCarta, _ settings: AgendaSettings, method: AgendaMethod, session: Int)
        -> [Diagnostic]
    {
        let count = carta.rows.filter(\.isActivity).count
        let has = "la carta de la sesión \(session) tiene \(count) actividades"
        var found: [Diagnostic] = []
        func outOfRange(_ number: Int, _ field: String?, at location: SourceLocation) {
            found.append(
                .error(
                    "actividad-no-encontrada",
                    "\(has) y no hay actividad \(number) (`\(field ?? "")`); usa un número del 1 al \(count), contando las actividades en orden",
                    at: location))
        }
        for skipped in settings.skipped where !(1...max(count, 1)).contains(skipped.value) {
            outOfRange(skipped.value, method.skipped, at: skipped.location)
        }
        for length in settings.lengths where !(1...max(count, 1)).contains(length.activity) {
            outOfRange(length.activity, method.lengths, at: length.location)
        }
        if Set(settings.skipped.map(\.value)).count >= count, count > 0 {
            found.append(
                .error(
                    "sin-actividades",
                    "\(has) y `\(method.skipped ?? "")` las omite todas; deja al menos una",
                    at: settings.skipped.first?.location ?? carta.header.sessionLocation ?? method.location))
        }
        found += mealProblems(carta, settings, method: method, count: count, has: has)
        return found
    }

    /// The meal goes after an activity that is not the last, and has a length from somewhere.
    private static func mealProblems(
        _ carta: LinkedCarta, _ settings: AgendaSettings, method: AgendaMethod, count: Int, has: String
    ) -> [Diagnostic] {
        let meal = carta.rows.first(where: \.isMeal)
        let after = method.mealAfter ?? ""
        let minutes = method.mealMinutes ?? ""
        if let place = settings.mealAfter {
            if place.value >= count {
                return [
                    .error(
                        "comida-fuera-de-la-agenda",
                        "\(has): la comida va entre dos de ellas, así que `\(after)` es un número del 1 al \(max(count - 1, 1)) (la comida va después de esa actividad); \(place.value) la deja al final o fuera de la sesión",
                        at: place.location)
                ]
            }
            if settings.mealMinutes == nil, meal?.minutes == nil {
                return [
                    .error(
                        "falta-campo",
                        "falta cuánto dura la comida que va después de la actividad \(place.value): escribe `\(minutes)` en minutos, como `60`",
                        at: place.location)
                ]
            }
        } else if let length = settings.mealMinutes, meal == nil {
            return [
                .error(
                    "falta-campo",
                    "\(has) y ninguna comida; escribe también `\(after)` con el número de la actividad después de la cual va la comida de \(length.value) minutos",
                    at: length.location)
            ]
        }
        return []
    }
}
