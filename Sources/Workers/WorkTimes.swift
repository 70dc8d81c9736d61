/// Where a build's time goes, by kind of work. Work done on several cores adds up, so the sum
/// can exceed the wall time; `libro construir --perfil` prints it.
public struct WorkTimes: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case read = "leer archivos"
        case frontMatter = "encabezados YAML y bloques de datos"
        case parse = "cmark: analizar Markdown"
        case derive = "páginas de organizaciones"
        case link = "enlazar"
        case body = "cuerpos: enlaces, glosario y HTML de cmark"
        case templates = "plantillas"
        case search = "índice de búsqueda"
        case write = "escribir el sitio"
    }

    private var nanoseconds: [Kind: Int64] = [:]

    public init() {}

    public subscript(kind: Kind) -> Duration { .nanoseconds(nanoseconds[kind] ?? 0) }

    public mutating func add(_ kind: Kind, _ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        nanoseconds[kind, default: 0] += seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    public mutating func add(_ other: WorkTimes) {
        for (kind, value) in other.nanoseconds { nanoseconds[kind, default: 0] += value }
    }

    /// Runs `work`, adding its duration to `kind`.
    public mutating func measure<Result>(_ kind: Kind, _ work: () throws -> Result) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(kind, clock.now - start) }
        return try work()
    }
}
