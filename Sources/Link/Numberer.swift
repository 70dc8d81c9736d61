import Model

/// The package's numbering: roman numerals for the guide's parts (I, II …), decimal for the
/// workbook (3, 3.1, 3.1.1). An explicit `numero` wins, and its children count on from it.
enum Numberer {
    /// The number of the `position`-th child (1-based) of a section numbered `parent`.
    static func number(position: Int, parent: String?, scheme: Numbering) -> String? {
        switch scheme {
        case .none: nil
        case .roman: parent.map { "\($0).\(position)" } ?? roman(position)
        case .decimal: parent.map { "\($0).\(position)" } ?? String(position)
        }
    }

    static func roman(_ value: Int) -> String {
        let symbols: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var remaining = value
        var result = ""
        for (amount, symbol) in symbols {
            while remaining >= amount {
                result += symbol
                remaining -= amount
            }
        }
        return result
    }
}
