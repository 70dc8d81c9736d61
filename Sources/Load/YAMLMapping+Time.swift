import Diagnostics

extension YAMLMapping {
    /// A duration in minutes (`1 h`, `2 h 30 min`, `45 min`).
    func minutes(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        parsed(key, with: TimeText.minutes(in:), diagnostics: &diagnostics) { text, location in
            .error(
                "duracion-no-valida",
                "«\(text)» no es una duración; escríbela con su unidad: `30 min`, `1 h`, `2 h 30 min` o `2.5 h`",
                at: location
            )
        }
    }

    /// A time of day in minutes after midnight (`09:00`, `16:30`).
    func clockMinutes(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        parsed(key, with: TimeText.clockMinutes(in:), diagnostics: &diagnostics) { text, location in
            .error(
                "hora-no-valida",
                "«\(text)» no es una hora; escríbela entre comillas con 24 horas: `\"09:00\"`, `\"16:30\"`",
                at: location
            )
        }
    }

    /// A text value read by `parse`; what it cannot read is reported by `problem`, at the value.
    private func parsed(
        _ key: String,
        with parse: (String) -> Int?,
        diagnostics: inout DiagnosticList,
        problem: (String, SourceLocation) -> Diagnostic
    ) -> Int? {
        guard let text = string(key, diagnostics: &diagnostics), let node = value(key) else { return nil }
        if let value = parse(text) { return value }
        diagnostics.append(problem(text, location(of: node)))
        return nil
    }
}
