/// The words of a text (runs of letters and digits) with where they are and what separates them,
/// so a several-word term is found by comparing words rather than searching the text for it.
struct Words: Sendable {
    struct Item: Sendable {
        let range: Range<String.Index>
        let written: Substring
        let lowered: String
        /// `FirstWordScan.hash` of `lowered`.
        let hash: UInt64
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

    /// Walks the text's scalars: walking its bytes saved only 0.2 % of the instructions
    /// (callgrind, shipped package).
    init(_ text: String) {
        let scalars = text.unicodeScalars
        var items: [Item] = []
        var separators: [String] = []
        var start: String.Index?
        var separator: [UInt8] = []
        func close(at end: String.Index) {
            guard let wordStart = start else { return }
            let word = text[wordStart..<end]
            let lowered = Self.lowered(word)
            items.append(
                Item(range: wordStart..<end, written: word, lowered: lowered, hash: FirstWordScan.hash(lowered.utf8)))
            start = nil
            separator.removeAll(keepingCapacity: true)
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                if start == nil {
                    if !items.isEmpty { separators.append(String(decoding: separator, as: UTF8.self)) }
                    start = index
                }
            } else if start != nil, (0x300...0x36F).contains(scalar.value) {
                // A combining accent belongs to the word it follows.
            } else {
                close(at: index)
                if scalar.value < 0x80
                    ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
                {
                    if separator.last != UInt8(ascii: " ") { separator.append(UInt8(ascii: " ")) }
                } else if scalar.value < 0x80 {
                    separator.append(UInt8(scalar.value))
                } else {
                    separator += String(scalar).lowercased().utf8
                }
            }
            index = scalars.index(after: index)
        }
        close(at: scalars.endIndex)
        self.items = items
        self.separators = separators
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Spanish text is Latin-1 but for its dashes and quotes: those are answered here, since
        // looking up every scalar's properties cost 3.8 % more instructions (callgrind, shipped
        // package). Comparisons rather than a `switch` over ranges, and the properties in a
        // function of their own, whose type metadata was set up on every call: 164 M
        // instructions of a 6.1 G build of the 1 000-page libro-shaped corpus.
        let value = scalar.value
        if value < 0x80 { return value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 }
        if value >= 0xC0, value <= 0xFF { return value != 0xD7 && value != 0xF7 }
        if value == 0xA0 || value == 0xA1 || value == 0xAB || value == 0xBB || value == 0xBF { return false }
        if value >= 0x2000, value <= 0x206F { return false }
        return isLetterOrNumber(scalar)
    }

    @inline(never)
    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `word.lowercased()`, worked out from the bytes when every letter is ASCII or Latin-1
    /// (`lowercased()` took 282 M instructions of a 6.1 G build of the 1 000-page libro-shaped
    /// corpus, for 226 000 words): A–Z and À–Þ but × go 0x20 up, in the same number of bytes.
    static func lowered(_ word: Substring) -> String {
        let fast = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var latin = true
            let lowered = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
                        index += 1
                    } else if byte == 0xC3, index + 1 < bytes.count {
                        // U+00C0–U+00FF; the capitals are U+00C0–U+00DE, their second byte 0x80–0x9E.
                        let next = bytes[index + 1]
                        buffer[index] = byte
                        buffer[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                        index += 2
                    } else {
                        latin = false
                        return 0
                    }
                }
                return index
            }
            return latin ? lowered : nil
        }
        return (fast ?? nil) ?? word.lowercased()
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
