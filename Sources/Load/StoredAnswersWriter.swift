import Model

/// An answers entry in the normalized form stored in an organization's `respuestas/` folder:
/// every scalar double-quoted, so any text, `<script>` included, is kept as written.
public enum StoredAnswersWriter {
    public static func text(_ entry: AnswerEntry) -> String {
        var lines = [
            "# Respuestas de la hoja «\(entry.sheet)», importadas con `libro importar`. libro las pone",
            "# sobre los datos de la organización al construir; los archivos de datos no cambian.",
            "hoja: \(quoted(entry.sheet))",
        ]
        if let record = entry.record {
            lines.append("archivo: \(quoted(record.file))")
            lines.append("registro: \(quoted(record.id))")
        }
        if entry.replaces { lines.append("reemplaza: true") }
        lines.append("valores:")
        lines += block(.mapping(entry.values.map { WrittenPair(key: $0.path, value: $0.written) }), indent: 2)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A list or mapping in block style, each line indented by `indent`.
    private static func block(_ value: WrittenAnswer, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .scalar(let text): return [pad + quoted(text)]
        case .list(let items):
            return items.flatMap { item -> [String] in
                if let inline = inline(item) { return [pad + "- " + inline] }
                var inner = block(item, indent: indent + 2)
                inner[0] = pad + "- " + inner[0].dropFirst(indent + 2)
                return inner
            }
        case .mapping(let pairs):
            return pairs.flatMap { pair -> [String] in
                let key = pad + quoted(pair.key) + ":"
                if let inline = inline(pair.value) { return [key + " " + inline] }
                return [key] + block(pair.value, indent: indent + 2)
            }
        }
    }

    /// A scalar or an empty collection, written on its key's line.
    private static func inline(_ value: WrittenAnswer) -> String? {
        switch value {
        case .scalar(let text): quoted(text)
        case .list(let items) where items.isEmpty: "[]"
        case .mapping(let pairs) where pairs.isEmpty: "{}"
        default: nil
        }
    }

    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                escaped +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}
