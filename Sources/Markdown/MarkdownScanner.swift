/// The pass behind `ComplexityScan`: line by line, each line's markers read by `LinePrefix`
/// and its text byte by byte, with the counts of the paragraph, the table and the page.
struct MarkdownScanner {
    private(set) var exceeded: [MarkdownLimitExceeded] = []
    /// By `MarkdownLimit.allCases` order.
    private(set) var largest = Array(repeating: 0, count: MarkdownLimit.allCases.count)

    private var state = BlockState.markdown
    private var paragraph = ParagraphCounts()
    private var address = AddressRun()
    /// The widest row since a separator row that may have opened a table; nil outside one.
    private var tableWidth: Int?
    private var tableCells = 0
    private var closers = 0
    private var references = ReferenceDefinitions()
    /// Where the text after a `]:` that began a definition on the current line starts.
    private var definitionRest: Int?
    private var lineNumber = 0
    /// Where the current line starts in the text.
    private var lineOffset = 0

    /// Reads `text`, which cmark splits into lines at `\n`, `\r\n` and `\r` alike.
    mutating func read(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while true {
            var end = start
            while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
            lineNumber += 1
            lineOffset = start
            readLine(UnsafeBufferPointer(rebasing: text[start..<end]))
            guard end < text.count else { break }
            start = end + (text[end] == 0x0D && end + 1 < text.count && text[end + 1] == 0x0A ? 2 : 1)
        }
        endParagraph(at: text.count)
        if let reference = references.largest {
            measure(.referenceExpansion, closers * reference.bytes, at: reference.position)
        }
    }

    private mutating func readLine(_ line: UnsafeBufferPointer<UInt8>) {
        switch state {
        case .fence:
            if state.closes(line) { state = .markdown }
            return
        case .html:
            state = state.reading(line, isBlank: line.allSatisfy(LinePrefix.isSpace))
        case .markdown:
            if let fence = BlockState.fence(opening: line) {
                endParagraph(at: lineOffset)
                tableWidth = nil
                state = fence
                return
            }
        }
        readMarkdown(line)
    }

    private mutating func readMarkdown(_ line: UnsafeBufferPointer<UInt8>) {
        let prefix = LinePrefix(
            line, mayBeThematicBreak: paragraph.lines == 0, nestingLimit: MarkdownLimit.blockNesting.maximum)
        measure(.blockNesting, prefix.depth, at: position(prefix.nestingPassedAt ?? 0))
        if prefix.isBlank {
            endParagraph(at: lineOffset)
            tableWidth = nil
            return
        }
        if prefix.startsBlock || startsNextItem(prefix) { endParagraph(at: lineOffset) }
        if paragraph.lines == 0 { paragraph.firstOrdered = prefix.orderedItem }
        if state == .markdown,
            let html = BlockState.html(starting: UnsafeBufferPointer(rebasing: line[prefix.textStart...]))
        {
            state = html
        }
        references.nextLine(at: lineOffset, first: prefix.textStart < line.count ? line[prefix.textStart] : nil)
        let cells = readText(line, from: prefix.textStart) + 1
        countTableRow(cells: cells, separator: prefix.isSeparatorRow, at: position(prefix.textStart))
        paragraph.lines += 1
        paragraph.previousCells = cells
        if prefix.endsBlock { endParagraph(at: lineOffset + line.count) }
    }

    /// An ordered item of the list the paragraph's first line began, which ends it.
    private func startsNextItem(_ prefix: LinePrefix) -> Bool {
        guard let next = prefix.laterOrderedItem, let first = paragraph.firstOrdered else { return false }
        return next.indent == first.indent && next.delimiter == first.delimiter
    }

    /// A separator row after a line may open a table (cmark reads the paragraph again as its
    /// header, whether it does or not); every row of a table is as wide as its header at least.
    private mutating func countTableRow(cells: Int, separator: Bool, at position: SourcePosition) {
        if separator, paragraph.lines > 0 {
            paragraph.separatorRows += 1
            measure(.tableSeparators, paragraph.separatorRows, at: position)
            let width = max(tableWidth ?? 0, paragraph.previousCells, cells)
            tableWidth = width
            tableCells += 2 * width
        } else if let width = tableWidth {
            tableCells += max(width, cells)
        } else {
            return
        }
        measure(.tableCells, tableCells, at: position)
    }

    /// Counts the marks of a line's text into the paragraph; returns its `|` not escaped.
    private mutating func readText(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var pipes = 0
        var index = start
        while index < line.count {
            let byte = line[index]
            // Most bytes are letters, which no measure counts: skipped without the calls below.
            if Self.isQuiet[Int(byte)] {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < line.count && Self.isPunctuation(line[index + 1]):
                index += 2
                continue
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                index = readEmphasisRun(line, from: index)
                continue
            case UInt8(ascii: "|"):
                pipes += 1
                measure(.tableWidth, pipes, at: position(index))
            default:
                readLinkByte(line, at: index)
            }
            index += 1
        }
        address.end()
        if let rest = definitionRest {
            references.lineEnds(rest: UnsafeBufferPointer(rebasing: line[min(rest, line.count)...]))
            definitionRest = nil
        }
        return pipes
    }

    /// A run of one emphasis mark; returns where it ends.
    private mutating func readEmphasisRun(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start + 1
        while end < line.count, line[end] == line[start] { end += 1 }
        let betweenWords =
            line[start] == UInt8(ascii: "_") && start > 0 && end < line.count
            && Self.isAlphanumeric(line[start - 1]) && Self.isAlphanumeric(line[end])
        if !betweenWords {
            paragraph.emphasisMarks += 1
            measure(.emphasisMarks, paragraph.emphasisMarks, at: position(start))
        }
        return end
    }

    /// Brackets, images, reference definitions and addresses.
    private mutating func readLinkByte(_ line: UnsafeBufferPointer<UInt8>, at index: Int) {
        func next(_ offset: Int) -> UInt8 { index + offset < line.count ? line[index + offset] : 0 }
        switch line[index] {
        case UInt8(ascii: "!") where next(1) == UInt8(ascii: "["):
            paragraph.images += 1
            measure(.imageBrackets, paragraph.images * paragraph.closers, at: position(index))
        case UInt8(ascii: "]"):
            paragraph.closers += 1
            closers += 1
            measure(.imageBrackets, paragraph.images * paragraph.closers, at: position(index))
            if next(1) == UInt8(ascii: ":"), references.start(at: lineOffset + index, position: position(index)) {
                definitionRest = index + 2
            }
        case UInt8(ascii: "@"):
            paragraph.atSigns += 1
            measure(.atSigns, paragraph.atSigns, at: position(index))
            addressStart(at: index)
        case UInt8(ascii: ":") where next(1) == UInt8(ascii: "/") && next(2) == UInt8(ascii: "/"),
            UInt8(ascii: "w")
        where next(1) == UInt8(ascii: "w") && next(2) == UInt8(ascii: "w")
            && next(3) == UInt8(ascii: "."):
            addressStart(at: index)
        case UInt8(ascii: ")"):
            address.addClosingParenthesis()
            measure(.addressRun, address.count, at: position(index))
        case 0x20, 0x09, 0x0B, 0x0C:
            address.end()
        default:
            break
        }
    }

    private mutating func addressStart(at index: Int) {
        address.addStart()
        measure(.addressRun, address.count, at: position(index))
    }

    /// Ends the paragraph at byte `end` of the text.
    private mutating func endParagraph(at end: Int) {
        references.paragraphEnds(at: end)
        paragraph = ParagraphCounts()
    }

    private mutating func measure(_ limit: MarkdownLimit, _ value: Int, at position: SourcePosition) {
        let slot = limit.slot
        guard value > largest[slot] else { return }
        largest[slot] = value
        if value > limit.maximum, !exceeded.contains(where: { $0.limit == limit }) {
            exceeded.append(MarkdownLimitExceeded(limit: limit, value: value, position: position))
        }
    }

    private func position(_ index: Int) -> SourcePosition {
        SourcePosition(line: lineNumber, byteColumn: index + 1)
    }

    /// The bytes `readText` and `readLinkByte` do nothing with. Skipping them took the scan from
    /// 257 M to 139 M instructions on the 1 000-page corpus (callgrind), 2.8 % of its build.
    private static let isQuiet: [Bool] = (0...255).map { byte in
        !"\\*_~|!]@:w) \t\u{0B}\u{0C}".utf8.contains(UInt8(byte))
    }

    /// ASCII punctuation, which a backslash escapes.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
