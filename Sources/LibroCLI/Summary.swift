import Diagnostics
import LibroKit

/// Prints a run's diagnostics, then its one-line summary; returns the exit code.
enum Summary {
    static func print(_ report: BuildReport, console: Console, output: String?) -> Int32 {
        for diagnostic in report.diagnostics.sorted {
            console.error(diagnostic.description)
        }
        let errors = report.diagnostics.errors.count
        let warnings = count(report.diagnostics.warnings.count, "aviso", "avisos")
        guard report.succeeded else {
            let kept = output.map { " (\($0)/ queda como estaba)" } ?? ""
            console.error("libro: \(count(errors, "error", "errores")), \(warnings); no se escribió nada\(kept)")
            return 1
        }
        let pages = count(report.pages, "página", "páginas")
        let destination = output.map { " → \($0)/" } ?? ", todo en orden"
        console.out("libro: \(pages), \(warnings), \(report.milliseconds) ms\(destination)")
        return 0
    }

    private static func count(_ value: Int, _ one: String, _ many: String) -> String {
        "\(value) \(value == 1 ? one : many)"
    }
}
