/// How a worksheet table's columns share its width and how much room a blank row leaves, from
/// the kind of each column (the `data-tipo` the fill schema gives it). Free text (names,
/// sentences, lists) gets wide columns; choices, numbers, dates and times narrow ones; a column
/// that names no data is free text. No column is narrower than its heading's longest word or its
/// longest choice. On paper each column first gets that minimum, and what is left of the sheet's
/// width goes to the columns that would like more, most to free text; the shares are written as
/// percentages, which hold with `table-layout: fixed`. On a screen the same shares apply to a
/// table never narrower than the sum of the minimums, which scrolls sideways in its frame on a
/// narrow screen; the browser widens a column whose words would not fit.
struct WorksheetColumns {
    struct Column {
        let kind: String
        let heading: String
        let choices: [String]
    }

    let columns: [Column]
    /// Each column's `minimum`, worked out once: every other measure starts from them.
    let minimums: [Double]

    /// The kinds whose cells hold sentences or names.
    static let freeText: Set<String> = ["texto", "lista", "separados"]
    /// Width of a letter of a cell's text, in `em`, rounded up (about 0.6 for Spanish words in
    /// DejaVu Sans, the widest of the fonts the style sheet may fall back to).
    static let letter = 0.62
    /// Width of a letter of a heading's bold text, in `em`, rounded up.
    static let headingLetter = 0.72
    /// A cell's padding on both sides plus its border, in `em`.
    static let padding = 1.1
    /// The narrowest printable width of a form's table, in `em` of its cells' text, less a little
    /// for the borders: A4 portrait is 184 mm at 9.5 pt, 55.
    static let formWidth = 54.0
    /// The same for a flipchart's table: landscape Letter is 253 mm at 14 pt, 51.
    static let flipchartWidth = 50.0

    /// `formWidth` or `flipchartWidth`.
    let sheetWidth: Double

    init(columns: [Column], sheetWidth: Double) {
        self.columns = columns
        self.sheetWidth = sheetWidth
        minimums = columns.map(Self.minimum)
    }

    /// Each column's share of the table's width on paper, in percent with one decimal.
    var percentages: [String] {
        let widths = printedWidths
        let total = widths.reduce(0, +)
        return widths.map { width in
            let tenths = Int((width / total * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
    }

    /// For each column, the longest word (in letters) that surely fits on one line of it, on a
    /// sheet and on a screen: longer words need soft hyphens, shorter ones are left whole so the
    /// browser does not break them just to fill a line.
    func wordLimits(heading: Bool) -> [Int] {
        let letter = heading ? Self.headingLetter : Self.letter
        return zip(minimums, printedWidths).map { minimum, printed in
            // A hair added, so a word that set the minimum counts as fitting it.
            Int(((min(minimum, printed) - Self.padding) / letter + 0.001).rounded(.down))
        }
    }

    /// The narrowest the table may be on a screen, in `em` of its cells' text: the sum of the
    /// columns' minimums.
    var minimumWidth: String {
        let tenths = Int((minimums.reduce(0, +) * 10).rounded(.up))
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The columns' widths on a sheet, in `em`: each its minimum, and the sheet's spare width
    /// shared by how much more each would like (by the minimums when none would); when the
    /// minimums do not fit, each its share of the sheet by its minimum.
    var printedWidths: [Double] {
        let wishes = zip(columns, minimums).map { column, minimum in Self.width(column, minimum: minimum) - minimum }
        let spare = sheetWidth - minimums.reduce(0, +)
        guard spare > 0 else { return minimums.map { $0 * sheetWidth / minimums.reduce(0, +) } }
        let wished = wishes.reduce(0, +)
        let total = minimums.reduce(0, +)
        return zip(minimums, wishes).map { minimum, wish in
            minimum + spare * (wished > 0 ? wish / wished : minimum / total)
        }
    }

    /// Handwritten lines a blank row leaves: three when a column asks for sentences, one when
    /// every column takes a short answer.
    var lines: Int {
        columns.contains { Self.freeText.contains($0.kind) || $0.kind.isEmpty } ? 3 : 1
    }

    /// The width a column would like, in `em`, given its `minimum`.
    static func width(_ column: Column, minimum: Double) -> Double {
        max(minimum, preferred[column.kind] ?? 12)
    }

    /// The width below which a column's heading or its answers would not fit, in `em`.
    static func minimum(_ column: Column) -> Double {
        let heading = Double(longestWord(in: [column.heading])) * headingLetter
        let choice = Double(longestWord(in: column.choices)) * letter
        return max(least[column.kind] ?? 6, max(heading, choice) + padding)
    }

    private static let preferred: [String: Double] = [
        "texto": 12, "lista": 11, "separados": 10, "meses": 7, "opcion": 7, "fecha": 7.5, "hora": 4.5,
        "numero": 5, "si-no": 3.5,
    ]

    private static let least: [String: Double] = [
        "texto": 6, "lista": 6, "separados": 6, "meses": 5, "opcion": 4, "fecha": 7.5, "hora": 4.5, "numero": 5,
        "si-no": 3.5,
    ]

    /// The characters of the longest word in `texts`, with the punctuation that sticks to it.
    private static func longestWord(in texts: [String]) -> Int {
        texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 0
    }
}
