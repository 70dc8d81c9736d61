/// The character between a CSV file's columns. Excel saves «CSV (delimitado por comas)» with `,`,
/// or with `;` where the decimal mark is a comma (Spain, much of Latin America), and «Texto
/// Unicode» with tabs; so libro reads all three and finds which one a file uses.
enum CSVSeparator: Character, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    /// How a message names it.
    var spoken: String {
        switch self {
        case .comma: "«,» (coma)"
        case .semicolon: "«;» (punto y coma)"
        case .tab: "tabuladores"
        }
    }

    /// What a message asks to check in a row with the wrong number of fields.
    var advice: String {
        switch self {
        case .comma: "revisa las comas (un campo con comas va entre comillas)"
        case .semicolon: "revisa los «;» (un campo con «;», como varios valores, va entre comillas: \"a;b\")"
        case .tab: "revisa los tabuladores (un campo con tabuladores va entre comillas)"
        }
    }

    /// The separator that splits the header row into the most of `columns`. When none does, or
    /// several split it into as many, the one written most often on that row outside quotes; a
    /// comma when there is none of them (a file of one column).
    static func detect(in source: SourceText, columns: Set<String>) -> CSVSeparator {
        var candidates: [CSVSeparator] = []
        var most = 0
        for separator in allCases {
            let known = CSVTable.header(of: source, separator: separator)
                .filter { columns.contains($0.text.lowercased()) }.count
            if known > most { candidates = [] }
            if known >= most {
                most = known
                candidates.append(separator)
            }
        }
        let counts = unquotedCounts(onFirstRowOf: source.text)
        var chosen = CSVSeparator.comma
        var highest = 0
        for separator in candidates where counts[separator, default: 0] > highest {
            chosen = separator
            highest = counts[separator, default: 0]
        }
        return candidates.count == 1 ? candidates[0] : chosen
    }

    /// How often each separator appears on the first row that is not blank, outside quotes.
    private static func unquotedCounts(onFirstRowOf text: String) -> [CSVSeparator: Int] {
        var counts: [CSVSeparator: Int] = [:]
        var quoted = false
        for character in text.drop(while: { $0 == "\n" }) {
            if character == "\"" {
                quoted.toggle()
            } else if !quoted, character == "\n" {
                break
            } else if !quoted, let separator = CSVSeparator(rawValue: character) {
                counts[separator, default: 0] += 1
            }
        }
        return counts
    }
}
