import Diagnostics
import LibroKit

/// How `libro new` tells what it created: one `creado:` line a path and what to do next, or the
/// reason it created nothing.
enum ScaffoldReport {
    static func print(_ result: Result<[String], Diagnostic>, next: String, console: Console) -> Int32 {
        switch result {
        case .failure(let problem):
            console.error(problem.description)
            return 1
        case .success(let created):
            for path in created { console.out("creado: \(path)") }
            console.out(next)
            return 0
        }
    }
}
