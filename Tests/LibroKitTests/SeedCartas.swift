import Testing

/// The cartas of the seed document as it gives them, written here by hand from the seed so the
/// shipped content can be checked against it: activity names and durations, declared totals, and
/// the totals worked out on paper.
struct SeedCarta: Sendable, CustomTestStringConvertible {
    struct Activity: Sendable {
        let title: String
        /// As the agenda shows it; empty for a break the seed gives no duration.
        let duration: String
    }

    let path: String
    let activities: [Activity]
    let declaredTotal: String?
    let computedTotal: String
    /// What the computed total adds up: the activities and, where the seed times them, the
    /// breaks and meals.
    var activitiesTotal: String
    var pausesTotal: String? = nil
    let hasBreakWithoutDuration: Bool

    var testDescription: String { path }
}

enum SeedCartas {
    private static func a(_ title: String, _ duration: String) -> SeedCarta.Activity {
        SeedCarta.Activity(title: title, duration: duration)
    }

    private static let coffee = "Receso para café"

    static let all: [SeedCarta] = [
        SeedCarta(
            path: "anexos/anexo-1/sesion-1.html",
            activities: [
                a("Presentación e Introducción a las Alianzas Estratégicas y el trabajo en red", "1 h"),
                a("Revisión de Conceptos Básicos de Alianzas Estratégicas", "1 h"),
                a(coffee, ""),
                a(
                    "Identificar las ventajas de la Colaboración, el trabajo en Red y la formación de Alianzas Estratégicas",
                    "2 h"),
                a(
                    "Presentación sobre casos de éxito de Alianzas Estratégicas entre el sector de las OSC y otros actores en México",
                    "1 h"),
                a("Principios de las Alianzas Estratégicas + Sesión de Cierre", "2 h"),
            ],
            // 1 + 1 + 2 + 1 + 2 = 7 h, plus a break without duration, against 8 HORAS.
            declaredTotal: "8 h", computedTotal: "7 h", activitiesTotal: "7 h", hasBreakWithoutDuration: true
        ),
        SeedCarta(
            path: "anexos/anexo-1/sesion-2.html",
            activities: [
                a("Identificar y entender lo que es un Sistema Local y el pensamiento Sistémico", "1 h"),
                a("Mapeo de Sistemas: Metodología de las 5 Rs", "30 min"),
                a(coffee, ""),
                a("Mapeo de Sistema Actual y Sistema Ideal", "5 h"),
                a("Sesión de Cierre y Reflexión", "30 min"),
            ],
            // 1 h + 30 min + 5 h + 30 min = 7 h, plus a break without duration, against 8 HORAS.
            declaredTotal: "8 h", computedTotal: "7 h", activitiesTotal: "7 h", hasBreakWithoutDuration: true
        ),
        SeedCarta(
            path: "anexos/anexo-1/sesion-3.html",
            activities: [
                a("Ruta Crítica de Alianzas Estratégicas", "2 h"),
                a("Aplicación práctica de la Ruta Crítica", "2 h"),
                a("Sesión de Cierre y Reflexión", "30 min"),
            ],
            // 2 h + 2 h + 30 min = 4 h 30 min against 4 HORAS.
            declaredTotal: "4 h", computedTotal: "4 h 30 min", activitiesTotal: "4 h 30 min",
            hasBreakWithoutDuration: false
        ),
        SeedCarta(
            path: "anexos/mapeo-de-sistemas.html",
            activities: [
                a("Bienvenida y presentación de facilitadoras y participantes", "10 min"),
                a(
                    "Explicación de la dinámica de Mapeo de Sistemas y presentación de la herramienta de línea de base",
                    "5 min"),
                a("Mapeo de Sistemas Fase 1", "45 min"),
                a("Mapeo de Sistemas Fase 2", "30 min"),
                a(coffee, "15 min"),
                a("Mapeo de Sistemas Fase 3", "1 h"),
                a(coffee, "15 min"),
                a("Mapeo de Sistemas Fase 4", "30 min"),
                a("Mapeo de Sistemas Fase 5", "45 min"),
                a("Análisis General del Mapa", "30 min"),
                a("Cierre de la dinámica y siguientes pasos", "10 min"),
            ],
            // 10 + 5 + 45 + 30 + 15 + 60 + 15 + 30 + 45 + 30 + 10 = 295 min; the seed declares none.
            declaredTotal: nil, computedTotal: "4 h 55 min", activitiesTotal: "4 h 25 min", pausesTotal: "30 min",
            hasBreakWithoutDuration: false
        ),
        SeedCarta(
            path: "anexos/sesion-4.html",
            activities: [
                a("Introducción al tema", "10 min"), a("Aplicación del contenido", "30 min"),
                a("Introducción al tema", "10 min"), a("Aplicación del contenido", "40 min"),
                a("Introducción al tema", "10 min"), a("Aplicación del contenido", "30 min"),
                a("Introducción al tema", "10 min"), a("Aplicación del contenido", "40 min"),
                a("Introducción al tema", "10 min"), a("Aplicación del contenido", "40 min"),
            ],
            // 40 + 50 + 40 + 50 + 50 = 230 min against 4 HORAS.
            declaredTotal: "4 h", computedTotal: "3 h 50 min", activitiesTotal: "3 h 50 min",
            hasBreakWithoutDuration: false
        ),
        SeedCarta(
            path: "anexos/sesion-5.html",
            activities: [
                a("Introducción al taller", "30 min"),
                a("Identificar recursos y activos", "1 h"),
                a(coffee, "15 min"),
                a("Construir una Alianza Estratégica", "1 h"),
                a("Due Diligence para Alianzas Estratégicas", "45 min"),
                a("Pausa para comer", "45 min"),
                a("Implementar una Alianza", "1 h"),
                a("Evaluación y métodos de Reporte de Alianzas", "45 min"),
                a(coffee, "10 min"),
                a("Hacer sustentable una Alianza", "1 h"),
                a("Cierre de la dinámica y siguientes pasos", "10 min"),
            ],
            // 30 + 60 + 15 + 60 + 45 + 45 + 60 + 45 + 10 + 60 + 10 = 440 min against 8 HORAS.
            declaredTotal: "8 h", computedTotal: "7 h 20 min", activitiesTotal: "6 h 10 min", pausesTotal: "1 h 10 min",
            hasBreakWithoutDuration: false
        ),
        SeedCarta(
            path: "anexos/sesion-6.html",
            activities: [
                a("Bienvenida al grupo y presentación de objetivo de taller", "5 min"),
                a("Reflexión integrada: Línea de Posibilidad", "10 min"),
                a("Diagnóstico de Estrategias centradas en la organización", "45 min"),
                a("Identificación de estrategias transversales", "20 min"),
                a("Priorización de estrategias", "30 min"),
                a(coffee, "10 min"),
                a("Mapeo de Resultados", "2 h 30 min"),
                a("Cierre del taller y conclusiones principales", "15 min"),
            ],
            // 5 + 10 + 45 + 20 + 30 + 10 + 150 + 15 = 285 min against 4 HORAS.
            declaredTotal: "4 h", computedTotal: "4 h 45 min", activitiesTotal: "4 h 35 min", pausesTotal: "10 min",
            hasBreakWithoutDuration: false
        ),
    ]
}
