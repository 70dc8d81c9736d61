import Diagnostics
import Yams

/// Parses YAML into a node tree, turning libyaml's errors into located Spanish diagnostics.
enum YAMLParsing {
    /// `firstLine` is the file line where `yaml` starts, added to the parser's line numbers.
    static func parse(_ yaml: String, in source: SourceText, firstLine: Int) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: source, firstLine: firstLine))
        } catch {
            return .failure(.error("yaml-invalido", "YAML no válido: \(error)", at: source.location(line: firstLine)))
        }
    }

    private static func diagnostic(for error: YamlError, in source: SourceText, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            source.location(line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .error("yaml-invalido", "YAML no válido: \(problem)\(hint(for: problem))", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "«\($0)»" }.joined(separator: ", ")
            return .error(
                "clave-repetida", "la clave \(keys) aparece más de una vez; deja solo una", at: at(context.mark))
        default:
            return .error("yaml-invalido", "YAML no válido: \(error)", at: source.location(line: firstLine))
        }
    }

    private static func hint(for problem: String) -> String {
        if problem.contains("tab") { return " (usa espacios, no tabuladores, para sangrar)" }
        if problem.contains("mapping values") { return " (si el valor lleva «:», enciérralo entre comillas)" }
        return ""
    }
}
