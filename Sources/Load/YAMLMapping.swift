import Diagnostics
import Model
import Yams

/// Typed, located access to a YAML mapping with a fixed set of Spanish keys.
/// Every problem (unknown key, wrong type) is recorded; accessors return nil for bad values.
struct YAMLMapping {
    let source: SourceText
    let firstLine: Int
    /// Where the mapping starts, for problems with it as a whole (a missing key).
    let location: SourceLocation
    private let entries: [(key: String, keyNode: Node, value: Node)]
    /// The keys in the order written, apart: finding one in `entries` copied every entry it
    /// passed, nodes and all (33 M instructions against 10 M on the 1 000-page corpus, callgrind).
    let keys: [String]

    /// Parses `yaml` (which starts at `firstLine` of `source`) as a mapping; an empty document is
    /// an empty mapping. Nil, with a diagnostic, when it is not valid YAML or not a mapping.
    static func parse(
        _ yaml: String,
        what: String,
        in source: SourceText,
        firstLine: Int,
        diagnostics: inout DiagnosticList
    ) -> YAMLMapping? {
        switch YAMLParsing.parse(yaml, in: source, firstLine: firstLine) {
        case .success(let node):
            guard let node else { return YAMLMapping(source: source, firstLine: firstLine, entries: []) }
            return YAMLMapping(node, what: what, in: source, firstLine: firstLine, diagnostics: &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    private init(source: SourceText, firstLine: Int, entries: [(key: String, keyNode: Node, value: Node)]) {
        self.source = source
        self.firstLine = firstLine
        self.location = source.location(line: firstLine)
        self.entries = entries
        keys = entries.map(\.key)
    }

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, what: String, in source: SourceText, firstLine: Int, diagnostics: inout DiagnosticList) {
        self.source = source
        self.firstLine = firstLine
        location = Self.location(of: node, in: source, firstLine: firstLine)
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    "yaml-no-es-mapa",
                    "\(what) debe ser una lista de campos `clave: valor`",
                    at: Self.location(of: node, in: source, firstLine: firstLine)
                )
            )
            return nil
        }
        entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        keys = entries.map(\.key)
    }

    /// Reports every key outside `allowed`, suggesting the closest valid one.
    func rejectUnknownKeys(allowed: [String], what: String, diagnostics: inout DiagnosticList) {
        for entry in entries where !allowed.contains(entry.key) {
            let valid = allowed.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    "clave-desconocida",
                    "clave desconocida «\(entry.key)» en \(what)\(Suggestion.phrase(for: entry.key, in: allowed)) (claves válidas: \(valid))",
                    at: location(of: entry.keyNode)
                )
            )
        }
    }

    func location(of node: Node) -> SourceLocation {
        Self.location(of: node, in: source, firstLine: firstLine)
    }

    func location(ofKey key: String) -> SourceLocation? {
        entries.first { $0.key == key }.map { location(of: $0.keyNode) }
    }

    func locationOfValue(_ key: String) -> SourceLocation? {
        value(key).map(location(of:))
    }

    func string(_ key: String, diagnostics: inout DiagnosticList) -> String? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(typeError(key, expected: "un texto", at: node))
            return nil
        }
        return scalar.string
    }

    func int(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        guard let node = value(key) else { return nil }
        guard let number = node.scalar.flatMap({ Int($0.string) }) else {
            diagnostics.append(typeError(key, expected: "un número entero", at: node))
            return nil
        }
        return number
    }

    func bool(_ key: String, diagnostics: inout DiagnosticList) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "sí", "si": return true
        case "false", "no": return false
        default:
            diagnostics.append(typeError(key, expected: "`true` o `false`", at: node))
            return nil
        }
    }

    /// Session numbers (`[2, 5]`, or one number alone), each 1 or more.
    func sessionNumbers(_ key: String, diagnostics: inout DiagnosticList) -> [Int] {
        guard let node = value(key) else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let number = item.scalar.flatMap({ Int($0.string) }), number >= 1 else {
                diagnostics.append(typeError(key, expected: "una lista de números de sesión: `[2, 5]`", at: item))
                return nil
            }
            return number
        }
    }

    /// A text with where it is written.
    func locatedText(_ key: String, diagnostics: inout DiagnosticList) -> LocatedText? {
        guard let text = string(key, diagnostics: &diagnostics), let location = locationOfValue(key) else {
            return nil
        }
        return LocatedText(text, at: location)
    }

    /// Texts with where each is written; a single value counts as a list of one.
    func locatedTexts(_ key: String, diagnostics: inout DiagnosticList) -> [LocatedText]? {
        guard let node = value(key) else { return nil }
        return (node.sequence.map(Array.init) ?? [node]).compactMap { item in
            guard let text = item.scalar?.string else {
                diagnostics.append(typeError(key, expected: "una lista de textos", at: item))
                return nil
            }
            return LocatedText(text, at: location(of: item))
        }
    }

    func stringList(_ key: String, diagnostics: inout DiagnosticList) -> [String]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence else {
            diagnostics.append(typeError(key, expected: "una lista (`[a, b]` o líneas con `- `)", at: node))
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.append(typeError(key, expected: "una lista de textos", at: item))
                continue
            }
            items.append(scalar.string)
        }
        return items
    }

    /// A value from a fixed set, reporting the valid ones otherwise.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        as type: Choice.Type,
        diagnostics: inout DiagnosticList
    ) -> Choice? where Choice.RawValue == String {
        guard let text = string(key, diagnostics: &diagnostics), let node = value(key) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        diagnostics.append(invalidChoice(text, for: key, valid: Choice.allCases.map(\.rawValue), at: node))
        return nil
    }

    /// A list of values from a fixed set; a single value counts as a list of one.
    func choices<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        as type: Choice.Type,
        diagnostics: inout DiagnosticList
    ) -> [Choice]? where Choice.RawValue == String {
        guard let node = value(key) else { return nil }
        let items = node.sequence.map(Array.init) ?? [node]
        var choices: [Choice] = []
        for item in items {
            guard let text = item.scalar?.string else {
                diagnostics.append(typeError(key, expected: "una lista de valores", at: item))
                continue
            }
            guard let choice = Choice(rawValue: text) else {
                diagnostics.append(invalidChoice(text, for: key, valid: Choice.allCases.map(\.rawValue), at: item))
                continue
            }
            choices.append(choice)
        }
        return choices
    }

    private func invalidChoice(_ text: String, for key: String, valid: [String], at node: Node) -> Diagnostic {
        .error(
            "valor-no-valido",
            "«\(text)» no es un valor válido para `\(key)`\(Suggestion.phrase(for: text, in: valid)) (valores válidos: \(valid.joined(separator: ", ")))",
            at: location(of: node)
        )
    }

    func value(_ key: String) -> Node? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        let node = entries[index].value
        if case .scalar(let scalar) = node, scalar.isNull { return nil }
        return node
    }

    func typeError(_ key: String, expected: String, at node: Node) -> Diagnostic {
        .error("tipo-no-valido", "`\(key)` debe ser \(expected)", at: location(of: node))
    }

    private static func location(of node: Node, in source: SourceText, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: firstLine) }
        return source.location(line: mark.line + firstLine - 1, column: mark.column)
    }
}
