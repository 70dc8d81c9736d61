/// How one line of Markdown begins: the block quote and list markers before its text, and what
/// kind of line that makes it. Read as an upper bound of what cmark-gfm makes of the line, since
/// `ComplexityScan` must never find less than the parser will: where the two could differ
/// (a marker indented four columns, which cmark may read as text), it takes the reading that
/// counts more.
struct LinePrefix {
    /// At least the number of blocks open on this line: one per `>` or list marker, plus one
    /// per two columns of indentation beyond a marker's own space, since every list item's text
    /// is indented by at least two.
    private(set) var depth = 0
    /// Where the line's text starts, after the markers.
    private(set) var textStart = 0
    /// Nothing but spaces, tabs and block quote markers: the paragraph before it ends.
    private(set) var isBlank = false
    /// A list item with text, an ATX heading, a thematic break or a setext underline, with every
    /// marker before it indented by at most three columns: a new block, so the paragraph before
    /// it ends.
    private(set) var startsBlock = false
    /// A heading or a rule: the paragraph after it is a new one too.
    private(set) var endsBlock = false
    /// The first list marker when it is an ordered one other than 1, which ends a paragraph only
    /// as the next item of a list: its indentation and delimiter (`.` or `)`).
    private(set) var laterOrderedItem: (indent: Int, delimiter: UInt8)?
    /// The first list marker when it is ordered, as `laterOrderedItem` is compared with.
    private(set) var orderedItem: (indent: Int, delimiter: UInt8)?
    /// The text looks like a table's separator row: only `|`, `-`, `:` and spaces, with a `-`.
    private(set) var isSeparatorRow = false
    /// Where `depth` first went past the nesting limit, if it did.
    private(set) var nestingPassedAt: Int?

    /// - Parameter mayBeThematicBreak: false inside a paragraph, where cmark may read `- - -`
    ///   as nested list items of a lazy line rather than as a rule.
    init(_ line: UnsafeBufferPointer<UInt8>, mayBeThematicBreak: Bool, nestingLimit: Int) {
        let breakStart = mayBeThematicBreak ? Self.thematicBreakStart(line) : nil
        var reader = MarkerReader(limit: nestingLimit)
        var index = 0
        var isRule = false
        while true {
            index = reader.skipSpace(line, from: index)
            guard index < line.count else { break }
            if let breakStart, index == breakStart {
                isRule = true
                break
            }
            if line[index] == UInt8(ascii: ">") {
                reader.addQuote(at: index)
                index += 1
            } else if let (width, ordered) = Self.listMarker(line, at: index) {
                reader.addListItem(ordered: ordered, at: index)
                index += width
            } else {
                break
            }
        }
        depth = reader.depth
        nestingPassedAt = reader.passedAt
        textStart = index
        classify(line, reader: reader, isRule: isRule)
    }

    private mutating func classify(_ line: UnsafeBufferPointer<UInt8>, reader: MarkerReader, isRule: Bool) {
        let hasText = textStart < line.count
        let shallow = reader.allShallow && reader.indent <= 3
        isBlank = !hasText && reader.firstList == nil && (reader.markers == 0 || reader.allShallow)
        if isRule {
            startsBlock = shallow
            endsBlock = shallow
            return
        }
        if let first = reader.firstList, first.shallow, hasText {
            if let ordered = first.ordered, ordered.number != 1 {
                laterOrderedItem = (first.indent, ordered.delimiter)
            } else {
                startsBlock = true
            }
            orderedItem = first.ordered.map { (first.indent, $0.delimiter) }
        }
        guard hasText else { return }
        let text = UnsafeBufferPointer(rebasing: line[textStart...])
        if shallow, Self.isHeading(text) || (reader.firstList == nil && Self.isUnderline(text)) {
            startsBlock = true
            endsBlock = true
            return
        }
        isSeparatorRow = Self.isSeparatorRow(text)
    }

    /// A list marker at `index`: `-`, `+`, `*` or up to nine digits and `.` or `)`, followed by a
    /// space, a tab or the end of the line. Its width, and for an ordered one its number and
    /// delimiter.
    private static func listMarker(
        _ line: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (width: Int, ordered: (number: Int, delimiter: UInt8)?)? {
        func endsMarker(_ next: Int) -> Bool { next == line.count || isSpace(line[next]) }
        let byte = line[index]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
            return endsMarker(index + 1) ? (1, nil) : nil
        }
        var end = index
        var number = 0
        while end < line.count, end - index < 9, let digit = digit(line[end]) {
            number = number * 10 + digit
            end += 1
        }
        guard end > index, end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"),
            endsMarker(end + 1)
        else { return nil }
        return (end + 1 - index, (number, line[end]))
    }

    /// Where a thematic break (three or more of one of `-`, `*`, `_`, spaces between) fills the
    /// rest of the line, read from the end.
    private static func thematicBreakStart(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = line.count
        while index > 0, isSpace(line[index - 1]) { index -= 1 }
        guard index > 0 else { return nil }
        let mark = line[index - 1]
        guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else { return nil }
        var marks = 0
        var start = index
        while index > 0, line[index - 1] == mark || isSpace(line[index - 1]) {
            index -= 1
            if line[index] == mark {
                marks += 1
                start = index
            }
        }
        return marks >= 3 ? start : nil
    }

    /// `#` to `######` followed by a space, a tab or nothing.
    private static func isHeading(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var hashes = 0
        while hashes < text.count, text[hashes] == UInt8(ascii: "#") { hashes += 1 }
        return (1...6).contains(hashes) && (hashes == text.count || isSpace(text[hashes]))
    }

    /// A run of `=` or of `-`, then only spaces: what turns the paragraph above into a heading.
    private static func isUnderline(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let mark = text.first, mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { return false }
        var index = 0
        while index < text.count, text[index] == mark { index += 1 }
        while index < text.count, isSpace(text[index]) { index += 1 }
        return index == text.count
    }

    private static func isSeparatorRow(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var dashes = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): dashes = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x09, 0x0B, 0x0C, 0x20: continue
            default: return false
            }
        }
        return dashes
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}

/// The markers read so far on a line, and the indentation before each.
private struct MarkerReader {
    let limit: Int
    private(set) var depth = 0
    private(set) var passedAt: Int?
    private(set) var markers = 0
    /// Columns of indentation before the place the reading stopped, less a marker's own space.
    private(set) var indent = 0
    /// Every marker so far had at most three columns before it.
    private(set) var allShallow = true
    private(set) var firstList: (indent: Int, shallow: Bool, ordered: (number: Int, delimiter: UInt8)?)?

    /// Skips spaces and tabs (a tab counts four columns, the most it can stand for).
    mutating func skipSpace(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var columns = 0
        while index < line.count, LinePrefix.isSpace(line[index]) {
            columns += line[index] == 0x09 ? 4 : 1
            index += 1
        }
        indent = markers > 0 ? max(0, columns - 1) : columns
        deepen(by: indent / 2, at: start)
        return index
    }

    mutating func addQuote(at index: Int) {
        addMarker(at: index)
    }

    mutating func addListItem(ordered: (number: Int, delimiter: UInt8)?, at index: Int) {
        if firstList == nil { firstList = (indent, allShallow && indent <= 3, ordered) }
        addMarker(at: index)
    }

    private mutating func addMarker(at index: Int) {
        allShallow = allShallow && indent <= 3
        markers += 1
        deepen(by: 1, at: index)
    }

    private mutating func deepen(by levels: Int, at index: Int) {
        depth += levels
        if depth > limit, passedAt == nil { passedAt = index }
    }
}
