/// A block quote that opens with a marker line, `> [!AGREGADO]` as GitHub writes its alerts:
/// a note the theme draws as a box of that kind, labelled.
public struct MarkdownCallout: Sendable, Equatable {
    /// The marker's word as written (`AGREGADO`, `Corrección`).
    public let kind: String
    /// What follows the marker on its line, trimmed (`opcional, unos 15 minutos`), or empty.
    public let detail: String
    public let position: SourcePosition

    public init(kind: String, detail: String, position: SourcePosition) {
        self.kind = kind
        self.detail = detail
        self.position = position
    }

    /// The marker at the start of `line`: `[!word]` and the rest of the line, or nil.
    static func marker(in line: String) -> (kind: String, detail: String)? {
        guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
        let kind = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        let rest = line[line.index(after: close)...].drop { $0 == " " || $0 == "\t" }
        let detail = rest.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        return (String(kind), String(detail))
    }
}
