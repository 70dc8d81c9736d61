/// The stages of a build, in the order they run: one name each for progress on the terminal,
/// for `--perfil`'s times and for where a build stopped.
public enum BuildStage: String, CaseIterable, Sendable {
    case load
    case derive
    case link
    case render
    /// `--pdf` only: print packs and books printed with Chromium, before the site is put in place.
    case pdf
    case emit

    /// What the terminal shows while the stage runs: `generando 120/500`.
    public var progressLabel: String {
        switch self {
        case .load: "leyendo"
        case .derive: "datos de organizaciones"
        case .link: "enlazando"
        case .render: "generando"
        case .pdf: "PDF"
        case .emit: "escribiendo"
        }
    }

    /// What `--perfil` calls the stage's time on the clock.
    public var profileLabel: String {
        switch self {
        case .load: "leer contenido y tema"
        case .derive: "datos de organizaciones"
        case .link: "enlazar"
        case .render: "generar y escribir páginas"
        case .pdf: "imprimir los PDF"
        case .emit: "poner el sitio en su lugar"
        }
    }
}

/// Wall-clock time of each stage of a build, in order: what `--perfil` shows beside the work
/// summed over cores.
public struct StageTimes: Sendable {
    public private(set) var entries: [(stage: BuildStage, duration: Duration)] = []
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() {
        last = clock.now
    }

    /// Closes `stage`: the time since the previous stage closed.
    mutating func close(_ stage: BuildStage) {
        let now = clock.now
        entries.append((stage, now - last))
        last = now
    }
}
