import Model

extension SoftHyphens {
    /// `insert` a scalar at a time, for text whose scalars are each a character alone
    /// (`isCharacterAlone`) and that holds no soft hyphen: the same words, breaks and joiners,
    /// without finding where each character ends (a worksheet cell's text, nearly always; a
    /// character at a time cost 7 % more instructions for the shipped package, callgrind).
    static func insertByScalars(_ text: String, minimumLetters: Int) -> String {
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar.isWhitespaceScalar {
                appendHyphenated(word, minimumLetters: minimumLetters, to: &result)
                result.append(scalar)
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(scalar)
            }
        }
        appendHyphenated(word, minimumLetters: minimumLetters, to: &result)
        return String(result)
    }

    /// One whitespace-free token: its letters hyphenated, its outer punctuation kept.
    private static func appendHyphenated(
        _ token: [Unicode.Scalar], minimumLetters: Int, to result: inout String.UnicodeScalarView
    ) {
        guard let first = token.firstIndex(where: isLetter), let last = token.lastIndex(where: isLetter),
            token[first...last].allSatisfy(isLetter), !token.contains(where: isNumber)
        else { return appendJoined(token, to: &result) }
        guard last - first + 1 >= minimumLetters else { return result.append(contentsOf: token) }
        let breaks = Set(breakPoints(in: token[first...last].map(lowercased)))
        result.append(contentsOf: token[..<first])
        for (offset, scalar) in token[first...last].enumerated() {
            if breaks.contains(offset) { result.append(markScalar) }
            result.append(scalar)
        }
        result.append(contentsOf: token[(last + 1)...])
    }

    /// `token` with a word joiner after each inner hyphen, dash or slash.
    private static func appendJoined(_ token: [Unicode.Scalar], to result: inout String.UnicodeScalarView) {
        for (index, scalar) in token.enumerated() {
            result.append(scalar)
            if breaksAfterScalars.contains(scalar), index < token.count - 1 { result.append("\u{2060}") }
        }
    }

    /// `Character.isLetter` of a character alone, ASCII answered without Unicode's tables.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }

    /// `Character.isNumber` of a character alone (`²` and `½` are numbers too).
    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39: true
        case 0..<0x80: false
        default: scalar.properties.numericType != nil
        }
    }

    /// The first character of the letter lowercased, as `breakPoints` reads it.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x41...0x5A: Character(Unicode.Scalar(UInt8(scalar.value + 0x20)))
        case 0..<0x80: Character(scalar)
        default: Character(scalar).lowercased().first ?? Character(scalar)
        }
    }
}
