import Diagnostics
import Yams

/// Parses YAML into a node tree, turning libyaml's errors into located Spanish diagnostics.
enum YAMLParsing {
    /// `firstLine` is the file line where `yaml` starts, added to the parser's line numbers.
    static func parse(_ yaml: String, in source: SourceText, firstLine: Int) -> Result<Node?, Diagnostic> {
        // Flat `key: value` lines, nearly every front matter, need neither libyaml nor the alias
        // check: 5.3 % of a build's instructions went to front matter, most of it libyaml's.
        if let node = FlatYAML.compose(yaml) { return .success(node) }
        do {
            // The encoding is named: Yams' default reads the whole environment on every call. No
            // implicit types are resolved (each would take regular expressions per value): libro
            // reads numbers and flags from the text itself, and a left-out value by `isNull`.
            let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            if let node, let repeated = AliasCheck.firstRepeat(in: node) {
                return .failure(aliasDiagnostic(repeated, in: source, firstLine: firstLine))
            }
            return .success(node)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: yaml, source: source, firstLine: firstLine))
        } catch {
            return .failure(.error("yaml-invalido", YAMLProblem.generic, at: source.location(line: firstLine)))
        }
    }

    private static func diagnostic(for error: YamlError, in yaml: String, source: SourceText, firstLine: Int)
        -> Diagnostic
    {
        func at(_ mark: Mark) -> SourceLocation {
            source.location(line: mark.line + firstLine - 1, column: mark.column)
        }
        // The reader counts bytes from the start of the YAML.
        func at(byte offset: Int) -> SourceLocation {
            let before = yaml.utf8.prefix(offset)
            let line = before.lazy.filter { $0 == UInt8(ascii: "\n") }.count
            let lineStart =
                before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 }
                ?? 0
            return source.location(line: firstLine + line, byteColumn: offset - lineStart + 1)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return .error("yaml-invalido", YAMLProblem.message(for: problem, context: context?.text), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "«\($0)»" }.joined(separator: ", ")
            return .error(
                "clave-repetida", "la clave \(keys) aparece más de una vez; deja solo una", at: at(context.mark))
        case .reader(let problem, let offset, _, _):
            return .error("yaml-invalido", YAMLProblem.message(for: problem), at: at(byte: offset ?? 0))
        default:
            return .error("yaml-invalido", YAMLProblem.generic, at: source.location(line: firstLine))
        }
    }

    /// An alias makes one value stand in many places; nested, a few lines can stand for
    /// billions of values. Data files gain nothing from them, so they are refused.
    private static func aliasDiagnostic(_ mark: Mark, in source: SourceText, firstLine: Int) -> Diagnostic {
        .error(
            "alias-yaml",
            "el valor que empieza aquí se repite con un alias de YAML (`*nombre`); libro no admite anclas ni alias: escribe cada valor completo donde haga falta",
            at: source.location(line: mark.line + firstLine - 1, column: mark.column))
    }
}

extension Node.Scalar {
    /// A value left out: nothing, `~` or `null` written plain, or a value tagged `!!null`.
    var isNull: Bool {
        if style == .plain, Self.nullWords.contains(string) { return true }
        // What `tag == Tag(.null)` compares, without making a tag: each new one builds Yams'
        // default constructor, a dictionary of a dozen functions (9 % of `libro revisar`).
        return tag.rawValue == Tag.Name.null.rawValue
    }

    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
}

/// Finds aliases in a composed tree: an alias is the very node its anchor marks, so the same
/// start mark turns up twice for the same kind of node (a block mapping starts where its first
/// key does, hence the kind). The walk stops at the first repeat, before any expansion.
private enum AliasCheck {
    static func firstRepeat(in root: Node) -> Mark? {
        var seen: Set<Position> = []
        var pending = [root]
        while let node = pending.popLast() {
            if let mark = node.mark,
                !seen.insert(Position(line: mark.line, column: mark.column, kind: kind(of: node))).inserted
            {
                return mark
            }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): pending.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { pending.append(contentsOf: [value, key]) }
            }
        }
        return nil
    }

    private struct Position: Hashable {
        let line: Int
        let column: Int
        let kind: Int
    }

    private static func kind(of node: Node) -> Int {
        switch node {
        case .scalar: 0
        case .sequence: 1
        case .mapping: 2
        case .alias: 3
        }
    }
}
