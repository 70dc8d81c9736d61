/// The words of a text (runs of letters and digits) with where they are and what separates them,
/// so a several-word term is found by comparing words rather than searching the text for it.
struct Words: Sendable {
    struct Item: Sendable {
        let range: Range<String.Index>
        let written: Substring
        let lowered: String
    }

    /// A term's form, as words to compare.
    struct Form: Sendable {
        let target: Int
        let words: Words
        /// Compared as written (acronyms), not ignoring case.
        let exact: Bool
    }

    let items: [Item]
    /// `separators[i]` stands between `items[i]` and `items[i + 1]`, lowercased, runs of white
    /// space as one space.
    let separators: [String]

    init(_ text: String) {
        var items: [Item] = []
        var separators: [String] = []
        var start: String.Index?
        var separator = ""
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func close(at end: String.Index) {
            guard let wordStart = start else { return }
            let word = text[wordStart..<end]
            items.append(Item(range: wordStart..<end, written: word, lowered: Self.lowered(word)))
            start = nil
            separator = ""
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                if start == nil {
                    if !items.isEmpty { separators.append(separator) }
                    start = index
                }
            } else if start != nil, (0x300...0x36F).contains(scalar.value) {
                // A combining accent belongs to the word it follows.
            } else {
                close(at: index)
                if scalar.properties.isWhitespace {
                    if separator.last != " " { separator.append(" ") }
                } else {
                    separator += String(scalar).lowercased()
                }
            }
            index = scalars.index(after: index)
        }
        close(at: text.endIndex)
        self.items = items
        self.separators = separators
    }

    /// Most words are plain ASCII, which is lowered byte by byte; full Unicode lowering costs
    /// more than the rest of the search for mentions.
    private static func lowered(_ word: Substring) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
        return String(
            decoding: word.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 },
            as: UTF8.self)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0...0x7F: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Where `form` stands in these words from `position` on, if it does.
    func match(_ form: Form, at position: Int) -> Range<String.Index>? {
        let count = form.words.items.count
        guard position + count <= items.count else { return nil }
        for offset in 0..<count {
            let word = items[position + offset]
            let expected = form.words.items[offset]
            if form.exact ? word.written != expected.written : word.lowered != expected.lowered { return nil }
            if offset > 0, separators[position + offset - 1] != form.words.separators[offset - 1] { return nil }
        }
        return items[position].range.lowerBound..<items[position + count - 1].range.upperBound
    }
}
