import Diagnostics
import Model

/// Reads a scheduled session's agenda settings from its record, through the fields the method's
/// `agenda:` names. Numbers come checked by their field's range; a list item that is not a
/// number, or not `actividad=minutos`, is an error where it is written. A number left empty
/// changes nothing; so does 0 for the meal and its place, while breaks of 0 minutes take no time.
enum AgendaSettingsReader {
    static func read(_ record: DataRecord, method: AgendaMethod?, diagnostics: inout DiagnosticList) -> AgendaSettings {
        var settings = AgendaSettings()
        guard let method else { return settings }
        settings.defaultBreakMinutes = method.defaultBreakMinutes
        settings.location = record.location
        settings.breakMinutes = number(method.breakMinutes, in: record, zeroIsAValue: true)
        settings.mealMinutes = number(method.mealMinutes, in: record)
        settings.mealAfter = number(method.mealAfter, in: record)
        if let field = method.skipped {
            for item in items(field, in: record) {
                guard let activity = Int(item) else {
                    diagnostics.append(
                        .error(
                            "valor-no-valido",
                            "«\(item)» en `\(field)` no es el número de una actividad; escribe los números separados por `;`, como `5; 7`",
                            at: record.location(of: field)))
                    continue
                }
                settings.skipped.append(.init(activity, at: record.location(of: field)))
            }
        }
        if let field = method.lengths {
            settings.lengths = lengths(field, in: record, &diagnostics)
        }
        return settings
    }

    /// `4=30; 6=45`: activity 4 lasts 30 minutes, activity 6 lasts 45.
    private static func lengths(_ field: String, in record: DataRecord, _ diagnostics: inout DiagnosticList)
        -> [AgendaSettings.Length]
    {
        items(field, in: record).compactMap { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let activity = Int(parts[0]), let minutes = Int(parts[1]) else {
                diagnostics.append(
                    .error(
                        "valor-no-valido",
                        "«\(item)» en `\(field)` no es `actividad=minutos`; escribe, por ejemplo, `4=30` para que la actividad 4 dure 30 minutos",
                        at: record.location(of: field)))
                return nil
            }
            guard (1...600).contains(minutes) else {
                diagnostics.append(
                    .error(
                        "valor-no-valido",
                        "«\(item)» en `\(field)`: una actividad dura de 1 a 600 minutos; corrige los minutos o quita la actividad con la lista de actividades que se omiten",
                        at: record.location(of: field)))
                return nil
            }
            return AgendaSettings.Length(activity: activity, minutes: minutes, at: record.location(of: field))
        }
    }

    /// The field's number; 0 counts as left empty unless `zeroIsAValue` (a break can take no
    /// time, while no meal goes after activity 0).
    private static func number(_ field: String?, in record: DataRecord, zeroIsAValue: Bool = false)
        -> AgendaSettings.Setting?
    {
        guard let field, let value = record[field]?.number, zeroIsAValue || value != 0 else { return nil }
        return .init(value, at: record.location(of: field))
    }

    private static func items(_ field: String, in record: DataRecord) -> [String] {
        (record[field]?.list ?? []).compactMap { $0.text?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
