import Diagnostics

/// What a build or check did: the problems found and the work done.
public struct BuildReport: Sendable {
    public let diagnostics: DiagnosticList
    public let pages: Int
    public let files: Int
    public let milliseconds: Int
    /// True when the output folder now holds the new site.
    public let wroteSite: Bool

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The stages a build reports progress on.
public enum BuildStage: String, Sendable {
    case load = "leyendo"
    case render = "generando"
    case emit = "escribiendo"
}
