import Diagnostics
import Foundation

/// Refuses output folders whose replacement would destroy sources: the output folder is
/// swapped out whole on every build.
enum OutputGuard {
    static func problem(with options: BuildOptions) -> Diagnostic? {
        let output = options.outputFolder.path
        let protected = [options.contentFolder.path, options.themeFolder.path]
        let clashes = protected.contains { source in
            source == output || source.hasPrefix(output + "/") || output.hasPrefix(source + "/")
        }
        guard clashes || output == "/" else { return nil }
        return .error(
            "salida-no-valida",
            "la carpeta de salida «\(output)» contiene o está dentro del contenido o del tema, y se reemplaza entera en cada compilación; elige otra con --salida",
            at: SourceLocation(file: output, line: 0, column: 0)
        )
    }
}
