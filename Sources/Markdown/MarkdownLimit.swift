/// A limit on what one page's Markdown may hold, checked by `ComplexityScan` before cmark-gfm
/// sees the text. Each one bounds a measured slow path or memory blow-up of the system's
/// cmark-gfm 0.29.0.gfm.6 (Debian 12; upstream fixed them in later versions, see advisory
/// GHSA-w4qg-3vf7-m9x5 and cmark's pathological tests), so that a page costs time in proportion
/// to its size whatever the library's version. Each maximum is at least ten times what the
/// largest page of the shipped package needs. The raw value is the diagnostic's code.
public enum MarkdownLimit: String, CaseIterable, Sendable {
    /// `|` in one line. cmark-gfm parses a table row in time that grows as the square of its
    /// cells: a row of 20 000 took 10 s.
    case tableWidth = "tabla-demasiado-ancha"
    /// Cells of all the tables of a page, each row counted as wide as its header. cmark-gfm fills
    /// every short row up to the header's width: a 10 000-column header over 10 000 one-cell rows
    /// (58 KB) made 10⁸ cells and ran out of memory.
    case tableCells = "tabla-demasiado-grande"
    /// Lines shaped like a table's separator row (`|---|`) in one paragraph. For each, cmark-gfm
    /// reads the whole paragraph again as a table header: 8 000 of them in 80 KB took 27 s.
    case tableSeparators = "separadores-de-tabla"
    /// Lists and block quotes one inside another. cmark-gfm walks every open block for each line:
    /// 20 000 levels followed by 20 000 lines took 17 s.
    case blockNesting = "anidamiento-demasiado-profundo"
    /// Image marks `![` times closing brackets `]` in one paragraph. Each link walks every image
    /// left open before it: `![[]()` 20 000 times (120 KB) took 13 s.
    case imageBrackets = "imagenes-sin-cerrar"
    /// Runs of `*`, `_` or `~` in one paragraph. Some mixes of openers and closers make cmark-gfm
    /// search its whole stack for each mark: 40 000 marks took 10 s.
    case emphasisMarks = "demasiado-enfasis"
    /// Web and mail address starts (`://`, `www.`, `@`) and closing parentheses in a run of text
    /// without spaces that holds one. Each address reads to the end of the run, and each `)`
    /// that ends one reads it again: `www.a.com` and 200 000 `)` took minutes.
    case addressRun = "direcciones-pegadas"
    /// `@` in one paragraph. For each mail address found, cmark-gfm copies the rest of the
    /// paragraph: 1 000 addresses before 400 KB of text took 1.2 s.
    case atSigns = "demasiadas-arrobas"
    /// Bytes that uses of link reference definitions (`[x]: url`) could copy: the largest
    /// definition times the page's closing brackets. cmark-gfm copies a definition into every
    /// link that uses it, so 14 KB of input made 10 MB of HTML.
    case referenceExpansion = "referencias-demasiado-grandes"

    /// The limit's place in `allCases`, found without hashing: the scan asks for every mark.
    var slot: Int {
        switch self {
        case .tableWidth: 0
        case .tableCells: 1
        case .tableSeparators: 2
        case .blockNesting: 3
        case .imageBrackets: 4
        case .emphasisMarks: 5
        case .addressRun: 6
        case .atSigns: 7
        case .referenceExpansion: 8
        }
    }

    /// The largest value the page may reach.
    public var maximum: Int {
        switch self {
        case .tableWidth: 128
        case .tableCells: 50_000
        case .tableSeparators: 10
        case .blockNesting: 32
        case .imageBrackets: 1_000_000
        case .emphasisMarks: 1_000
        case .addressRun: 64
        case .atSigns: 64
        case .referenceExpansion: 10_000_000
        }
    }
}
