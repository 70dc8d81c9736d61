import Diagnostics
import Model

/// Two pages made from data that would land on one file (a worksheet whose id is `hojas-a` and
/// one whose id is `hojas/a`, or names that differ only in case): the second would overwrite the
/// first. Reported at what the second comes from, which is left out.
enum PathClashes {
    static func removing(from pages: [VirtualPage], displayRoot: String) -> ([VirtualPage], DiagnosticList) {
        var problems = DiagnosticList()
        var first: [String: VirtualPage] = [:]
        var kept: [VirtualPage] = []
        for page in pages {
            let key = PortablePath.key(page.path)
            guard let earlier = first[key] else {
                first[key] = page
                kept.append(page)
                continue
            }
            let source = earlier.origin.map { " (de «\($0.file)»)" } ?? ""
            problems.append(
                .error(
                    "salida-duplicada",
                    "libro escribiría con estos datos la página «\(page.path)», que ya escribe a partir de otros\(source); cambia el id de uno de los dos",
                    at: page.origin ?? SourceLocation(file: "\(displayRoot)/\(page.path)", line: 0)))
        }
        return (kept, problems)
    }
}
