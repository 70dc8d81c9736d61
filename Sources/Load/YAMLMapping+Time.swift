import Diagnostics
import Model

extension YAMLMapping {
    /// A duration in minutes (`1 h`, `2 h 30 min`, `45 min`).
    func minutes(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        parsed(key, with: TimeText.minutes(in:), code: "duracion-no-valida", diagnostics: &diagnostics) {
            "«\($0)» no es una duración; escríbela con su unidad: `30 min`, `1 h`, `2 h 30 min` o `2.5 h`"
        }
    }

    /// A time of day in minutes after midnight (`09:00`, `16:30`).
    func clockMinutes(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        parsed(key, with: TimeText.clockMinutes(in:), code: "hora-no-valida", diagnostics: &diagnostics) {
            "«\($0)» no es una hora; escríbela entre comillas con 24 horas: `\"09:00\"`, `\"16:30\"`"
        }
    }

    /// A day of the calendar (`2026-11-30`).
    func date(_ key: String, diagnostics: inout DiagnosticList) -> CalendarDate? {
        parsed(key, with: CalendarDate.init(text:), code: "fecha-no-valida", diagnostics: &diagnostics) {
            "«\($0)» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo `2026-11-30`"
        }
    }

    /// A text value read by `parse`; what it cannot read is reported with `code` and the message
    /// `problem` writes about the text, at the value.
    private func parsed<Value>(
        _ key: String,
        with parse: (String) -> Value?,
        code: String,
        diagnostics: inout DiagnosticList,
        problem: (String) -> String
    ) -> Value? {
        guard let text = string(key, diagnostics: &diagnostics), let node = value(key) else { return nil }
        if let value = parse(text) { return value }
        diagnostics.append(.error(code, problem(text), at: location(of: node)))
        return nil
    }
}
