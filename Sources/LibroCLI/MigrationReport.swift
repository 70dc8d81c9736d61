import Diagnostics

/// `libro revisar --informe`: a folder's problems grouped by kind, errors first and then the
/// most frequent, each with its count, what the first one says and where the first ones are.
/// For a book written for another generator it is the work of moving it, at a glance, where a
/// list of every problem would repeat the same message a hundred times.
enum MigrationReport {
    /// Places shown for each kind.
    static let shownLocations = 3

    static func lines(for diagnostics: DiagnosticList) -> [String] {
        let all = diagnostics.sorted
        guard !all.isEmpty else { return ["Informe: ningún problema; la carpeta se publica como está."] }
        var groups: [String: [Diagnostic]] = [:]
        for diagnostic in all { groups[diagnostic.code, default: []].append(diagnostic) }
        let kinds = groups.values.sorted { left, right in
            let (a, b) = (left[0], right[0])
            if a.severity != b.severity { return a.severity == .error }
            return (left.count, b.code) > (right.count, a.code)
        }
        var lines = [
            "Informe: \(all.count) \(all.count == 1 ? "problema" : "problemas") de \(kinds.count) \(kinds.count == 1 ? "tipo" : "tipos")"
        ]
        for kind in kinds {
            let first = kind[0]
            lines.append("")
            lines.append(
                ControlCharacters.escaped(
                    "[\(first.code)] \(kind.count) × \(first.severity.rawValue): \(first.message)"))
            for diagnostic in kind.prefix(shownLocations) {
                lines.append(ControlCharacters.escaped("  \(diagnostic.location)"))
            }
            if kind.count > shownLocations { lines.append("  … y \(kind.count - shownLocations) más") }
        }
        return lines
    }
}
