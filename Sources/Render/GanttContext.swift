import Model

/// What `bloques/gantt` sees: a file's records as rows with one cell per month, marked where
/// each runs, and the columns the method names, headed by their fields' labels.
struct GanttContext {
    let spec: GanttSpec
    let method: OrganizationMethod

    func make(_ organization: Organization) -> [String: Any] {
        let rows = organization.file(spec.data)?.records ?? []
        let months = rows.flatMap { $0[spec.months]?.list.compactMap(\.number) ?? [] }
        let count = max(months.max() ?? 0, 1)
        let names = monthNames(count, organization)
        return [
            "titulo_actividad": label(spec.title),
            "columnas": spec.columns.map(label),
            "total_meses": count,
            // Past half a year the month columns narrow so a year still fits the text column.
            "muchos_meses": count > 6,
            "meses": (1...count).map { month -> [String: Any] in
                ["numero": month, "fecha": names[month - 1], "tiene_fecha": !names[month - 1].isEmpty]
            },
            "filas": rows.map { row -> [String: Any] in
                let active = Set(row[spec.months]?.list.compactMap(\.number) ?? [])
                let number = row.text(spec.number)
                return [
                    "numero": number,
                    "es_subactividad": number.contains("."),
                    "actividad": row.text(spec.title),
                    "columnas": spec.columns.map { row.text($0) },
                    "celdas": (1...count).map { month -> [String: Any] in
                        [
                            "activa": active.contains(month), "mes": month, "fecha": names[month - 1],
                            "tiene_fecha": !names[month - 1].isEmpty,
                        ]
                    },
                ]
            },
        ]
    }

    /// Each month's calendar name (`mar 2027`) counted from the plan's start date, or empty
    /// ones when the method names no start or the organization has not written it.
    private func monthNames(_ count: Int, _ organization: Organization) -> [String] {
        guard let path = spec.start?.text, let text = organization.value(at: path)?.text,
            let start = CalendarDate(text: text)
        else { return Array(repeating: "", count: count) }
        return (0..<count).map { start.shortMonth(after: $0) }
    }

    /// A field's column heading: its `etiqueta`, or its name.
    private func label(_ field: String) -> String {
        let found = method.file(named: spec.data)?.fields.first { $0.name == field }
        return found?.label ?? field
    }
}
