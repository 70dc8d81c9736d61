import Model

/// Soft hyphens (U+00AD) at Spanish syllable boundaries, so a long word in a narrow worksheet
/// column breaks where a person would break it and shows a hyphen there. Browsers hyphenate
/// Spanish only with a dictionary, which an offline Chromium lacks, so libro marks the places.
///
/// The rule, kept to what is always right in Spanish rather than finding every syllable:
/// - only words of `minimumLetters` letters or more, made of letters alone (a word with a digit,
///   `/`, `.`, `@`, `_` or a hyphen, such as a URL, a date or a compound, is left whole); a
///   word's leading and trailing punctuation (`(`, `,`, `¿`…) stays outside;
/// - between two vowels a run of consonants breaks as: one consonant goes with the next vowel
///   (`pa-so`); two go one each way (`al-to`) unless they are a digraph `ch` `ll` `rr` or a
///   cluster that starts a syllable (`bl` `br` `cl` `cr` `dr` `fl` `fr` `gl` `gr` `kl` `kr` `pl`
///   `pr` `tr`), which go together (`ha-cha`, `o-tro`); three break before such a digraph or
///   cluster (`con-tra`) and otherwise not at all; four or more are not broken;
/// - vowels next to each other are never split (diphthong or hiatus cannot be told apart
///   without stress rules); `y` counts as a consonant, `u` after `q` or `g` as a vowel;
/// - at least two letters stay on each side of a break, so no letter is left alone.
///
/// A browser would also break a date, a range or a compound after its hyphen or slash
/// (`2027-` / `08-13`); a word joiner (U+2060) after each one keeps such a word whole.
enum SoftHyphens {
    static let mark: Character = "\u{AD}"
    static let markScalar: Unicode.Scalar = "\u{AD}"
    static let joiner: Character = "\u{2060}"
    static let minimumLetters = 8

    /// `text` with soft hyphens in each of its long words; spacing is kept as it was.
    static func insert(into text: String, minimumLetters: Int = minimumLetters) -> String {
        guard !leavesUnchanged(text, minimumLetters: minimumLetters) else { return text }
        // The joiner is not a character alone, so such text has none.
        if text.unicodeScalars.allSatisfy(\.isCharacterAlone) {
            return text.unicodeScalars.contains(markScalar)
                ? text : insertByScalars(text, minimumLetters: minimumLetters)
        }
        guard !text.contains(mark), !text.contains(joiner) else { return text }
        return insertByCharacters(text, minimumLetters: minimumLetters)
    }

    /// `insert` a character at a time, for any text.
    static func insertByCharacters(_ text: String, minimumLetters: Int) -> String {
        var result = ""
        var word = ""
        for character in text {
            if character.isWhitespace {
                result += hyphenated(word, minimumLetters: minimumLetters)
                result.append(character)
                word = ""
            } else {
                word.append(character)
            }
        }
        return result + hyphenated(word, minimumLetters: minimumLetters)
    }

    /// Whether `insert` would give `text` back as it is, told from its scalars without making
    /// characters (most cells are blank or short): nothing a joiner follows, and no run of
    /// `minimumLetters` scalars between spaces, so no word as long. Any scalar that may join a
    /// neighbour into one character (a combining accent) sends the text the long way.
    private static func leavesUnchanged(_ text: String, minimumLetters: Int) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D:
                run = 0
                continue
            default: guard scalar.isCharacterAlone, !breaksAfterScalars.contains(scalar) else { return false }
            }
            run += 1
            if run >= minimumLetters { return false }
        }
        return true
    }

    /// `text` without its soft hyphens and word joiners: what a reader searches for or copies.
    static func removed(from text: String) -> String {
        text.filter { $0 != mark && $0 != joiner }
    }

    /// One whitespace-free token: its letters hyphenated, its outer punctuation kept.
    private static func hyphenated(_ token: String, minimumLetters: Int) -> String {
        let characters = Array(token)
        guard let first = characters.firstIndex(where: \.isLetter),
            let last = characters.lastIndex(where: \.isLetter)
        else { return joined(token) }
        let core = Array(characters[first...last])
        guard core.allSatisfy(\.isLetter), !characters.contains(where: \.isNumber) else { return joined(token) }
        guard core.count >= minimumLetters else { return token }
        var result = String(characters[..<first])
        let breaks = Set(breakPoints(in: core.map { $0.lowercased().first ?? $0 }))
        for (index, character) in core.enumerated() {
            if breaks.contains(index) { result.append(mark) }
            result.append(character)
        }
        return result + String(characters[(last + 1)...])
    }

    /// `token` with a word joiner after each inner hyphen, dash or slash.
    private static func joined(_ token: String) -> String {
        var result = ""
        for (index, character) in zip(token.indices, token) {
            result.append(character)
            if breaksAfter.contains(character), token.index(after: index) < token.endIndex { result.append(joiner) }
        }
        return result
    }

    /// Hyphens, dashes and the slash: a word joiner follows each inside a word.
    static let breaksAfterScalars: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "/"]
    private static let breaksAfter = Set(breaksAfterScalars.map(Character.init))

    /// The indices a break goes before, for a word of lowercase letters.
    static func breakPoints(in letters: [Character]) -> [Int] {
        var breaks: [Int] = []
        var index = 0
        while index < letters.count {
            guard isVowel(letters, at: index) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < letters.count, !isVowel(letters, at: next) { next += 1 }
            guard next < letters.count else { break }
            if let point = breakInConsonants(letters, from: index + 1, to: next) { breaks.append(point) }
            index = next
        }
        return breaks.filter { $0 >= 2 && $0 <= letters.count - 2 }
    }

    /// Where the consonants `start..<end`, between two vowels, break; nil when they do not.
    private static func breakInConsonants(_ letters: [Character], from start: Int, to end: Int) -> Int? {
        switch end - start {
        case 1: return start
        case 2: return staysTogether(letters[start], letters[start + 1]) ? start : start + 1
        case 3: return staysTogether(letters[start + 1], letters[start + 2]) ? start + 1 : nil
        default: return nil
        }
    }

    private static let digraphs: Set<String> = ["ch", "ll", "rr"]
    private static let onsets: Set<String> = [
        "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr",
    ]

    private static func staysTogether(_ first: Character, _ second: Character) -> Bool {
        let pair = String([first, second])
        return digraphs.contains(pair) || onsets.contains(pair)
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ü"]

    /// The `u` of `que` or `gui` is a vowel too, so `q` and `g` stay with it.
    private static func isVowel(_ letters: [Character], at index: Int) -> Bool {
        vowels.contains(letters[index])
    }
}
