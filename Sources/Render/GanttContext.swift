import Model

/// What `bloques/gantt` sees: the work plan with one cell per month, marked where it runs.
enum GanttContext {
    static func make(_ rows: [DataRecord]) -> [String: Any] {
        let months = rows.flatMap { $0["meses"]?.list.compactMap(\.number) ?? [] }
        let count = max(months.max() ?? 0, 1)
        return [
            "meses": (1...count).map { ["numero": $0] },
            "filas": rows.map { row -> [String: Any] in
                let active = Set(row["meses"]?.list.compactMap(\.number) ?? [])
                let number = row.text("numero")
                return [
                    "numero": number,
                    "es_subactividad": number.contains("."),
                    "actividad": row.text("actividad"),
                    "responsables": row.text("responsables"),
                    "equipo": row.text("equipo"),
                    "producto": row.text("producto"),
                    "celdas": (1...count).map { ["activa": active.contains($0), "mes": $0] },
                ]
            },
        ]
    }
}
