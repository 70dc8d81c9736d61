import Diagnostics
import LibroKit

/// Prints a run's diagnostics, then its one-line summary; returns the exit code.
enum Summary {
    /// `archive` is the `--zip` archive as shown, with its size, named after the folder.
    static func print(
        _ report: BuildReport, console: Console, output: String?, archive: String? = nil, listsDiagnostics: Bool = true
    ) -> Int32 {
        for diagnostic in report.diagnostics.sorted where listsDiagnostics {
            console.error(diagnostic.description)
        }
        let errors = report.diagnostics.errors.count
        let warnings = count(report.diagnostics.warnings.count, "aviso", "avisos")
        guard report.succeeded else {
            let kept = output.map { " (\($0)/ queda como estaba)" } ?? ""
            console.error("libro: \(count(errors, "error", "errores")), \(warnings); no se escribió nada\(kept)")
            return 1
        }
        var pages = count(report.pages, "página", "páginas")
        // A rebuild that found most pages unchanged says how many it rendered again.
        if report.renderedPages != report.pages {
            pages += " (\(count(report.renderedPages, "regenerada", "regeneradas")))"
        }
        let destination = (output.map { " → \($0)/" } ?? ", todo en orden") + (archive.map { " y \($0)" } ?? "")
        let index = report.searchIndexBytes > 0 ? ", índice de búsqueda de \(size(report.searchIndexBytes))" : ""
        let pdfs = report.pdfs > 0 ? ", \(report.pdfs) PDF" : ""
        console.out("libro: \(pages), \(warnings)\(pdfs)\(index), \(report.milliseconds) ms\(destination)")
        return 0
    }

    /// `850 KB`, `1,2 MB`: sizes as Spanish writes them.
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, (bytes + 500) / 1000)) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    private static func count(_ value: Int, _ one: String, _ many: String) -> String {
        "\(value) \(value == 1 ? one : many)"
    }
}
