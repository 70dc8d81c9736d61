/// Wall-clock time of each step of a build, in order: what `--perfil` shows beside the work
/// summed over cores.
public struct BuildSteps: Sendable {
    public enum Step: String, Sendable {
        case load = "leer contenido y tema"
        case derive = "datos de organizaciones"
        case link = "enlazar"
        case render = "generar y escribir páginas"
        case finish = "poner el sitio en su lugar"
    }

    public private(set) var entries: [(step: Step, duration: Duration)] = []
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() {
        last = clock.now
    }

    /// Closes `step`: the time since the previous step closed.
    mutating func close(_ step: Step) {
        let now = clock.now
        entries.append((step, now - last))
        last = now
    }
}
