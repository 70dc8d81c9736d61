/// Diagnostics gathered across a run, so every problem is reported at once.
public struct DiagnosticList: Sendable, Equatable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        all.append(contentsOf: other.all)
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        all.append(contentsOf: diagnostics)
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by place, so output does not depend on the order work finished in.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.code, $0.message) < ($1.location, $1.code, $1.message) }
    }
}
