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
        return [
            "titulo_actividad": label(spec.title),
            "columnas": spec.columns.map(label),
            "meses": (1...count).map { ["numero": $0] },
            "filas": rows.map { row -> [String: Any] in
                let active = Set(row[spec.months]?.list.compactMap(\.number) ?? [])
                let number = row.text(spec.number)
                return [
                    "numero": number,
                    "es_subactividad": number.contains("."),
                    "actividad": row.text(spec.title),
                    "columnas": spec.columns.map { row.text($0) },
                    "celdas": (1...count).map { ["activa": active.contains($0), "mes": $0] },
                ]
            },
        ]
    }

    /// A field's column heading: its `etiqueta`, or its name.
    private func label(_ field: String) -> String {
        let found = method.file(named: spec.data)?.fields.first { $0.name == field }
        return found?.label ?? field
    }
}
