import Foundation

/// How search compares Spanish words: case and accents ignored, `ñ` read as `n` (so a phone
/// keyboard without it still finds «compañía»; «año» and «ano» then look alike, which this
/// package's text never confuses), the commonest words left out, and a light stemmer so
/// «sesiones» finds «sesión». The site's script does the same in the browser; both must give the
/// terms of `Tests/Fixtures/busqueda/vectores.tsv`.
public enum SpanishText {
    /// Lowercase, without diacritics: `Sesión` → `sesion`, `Año` → `ano`, `pingüino` → `pinguino`.
    /// Final sigma is read as sigma, so `ΟΔΟΣ` and `οδος` are one word.
    public static func fold(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.unicodeScalars.append(scalar == "ς" ? "σ" : scalar)
        }
        return folded
    }

    /// The folded words of `text`, in order: runs of letters and digits.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `visit` with the UTF-8 of each folded word of `text`, in order: the one place search
    /// splits text, for titles, headings, sections and the glossary's forms. One pass over the
    /// bytes (walking `unicodeScalars` cost 1.0 % more instructions, callgrind, 1 000-page corpus).
    /// A word of lowercase ASCII letters and digits is already folded and is handed on where it
    /// lies; any other is built in one reused buffer, ASCII and accented Latin letters from a
    /// table, other scripts by the general (slower) folding.
    static func forEachWord(in text: String, _ visit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // Local to this closure: a buffer captured by a nested function is boxed, which made
            // the 1 000-page corpus's build 12 % more instructions (callgrind).
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var index = 0
            while index < bytes.count {
                if word.isEmpty, let end = foldedRun(in: bytes, from: index) {
                    // Building each such word in the buffer a byte at a time cost 1.0 % more
                    // instructions (callgrind, 1 000-page corpus).
                    visit(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x41...0x5A: word.append(byte + 0x20)
                    case 0x61...0x7A, 0x30...0x39: word.append(byte)
                    default: end(&word, visit)
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                index += length
                if let base = latinBase(of: scalar.value) {
                    word.append(contentsOf: base)
                } else if (0x300...0x36F).contains(scalar.value) {
                    continue  // a combining accent: part of the word, folded away
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word.append(contentsOf: fold(String(scalar)).utf8)
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue  // any other mark (a vector's arrow, a titlo): part of the word too
                } else {
                    end(&word, visit)
                }
            }
            end(&word, visit)
        }
    }

    /// Where a word of lowercase ASCII letters and digits that starts at `start` ends, when it is
    /// a whole word (the text ends after it, or an ASCII byte that is neither letter nor digit);
    /// nil when it is not, so the word is built in the buffer.
    private static func foldedRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < bytes.count {
            switch bytes[end] {
            case 0x61...0x7A, 0x30...0x39: end += 1
            case 0x41...0x5A, 0x80...: return nil
            default: return end > start ? end : nil
            }
        }
        return end > start ? end : nil
    }

    private static func end(_ word: inout [UInt8], _ visit: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !word.isEmpty else { return }
        word.withUnsafeBufferPointer(visit)
        word.removeAll(keepingCapacity: true)
    }

    private static let latinFirst: UInt32 = 0xC0

    /// The UTF-8 of the folded base of an accented Latin letter, nil for anything else.
    private static func latinBase(of value: UInt32) -> [UInt8]? {
        guard value >= latinFirst, value - latinFirst < UInt32(latinBase.count) else { return nil }
        return latinBase[Int(value - latinFirst)]
    }

    /// Accented Latin letters (U+00C0 to U+017F) and the UTF-8 of their folded base: `Á`, `á` →
    /// `a`; `Ñ`, `ñ` → `n`. Folding each through `fold` instead cost 33 % more instructions
    /// (callgrind, 1 000-page corpus).
    private static let latinBase: [[UInt8]?] = (latinFirst...0x17F).map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
        let folded = fold(String(scalar))
        return folded.unicodeScalars.count == 1 ? Array(folded.utf8) : nil
    }

    /// Words too common to help find anything, folded.
    public static let stopWords: Set<String> = [
        "a", "al", "algo", "algun", "alguna", "algunas", "alguno", "algunos", "ante", "antes", "asi", "aun",
        "cada", "como", "con", "contra", "cual", "cuales", "cuando", "de", "del", "desde", "donde", "dos",
        "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa", "esas", "ese", "eso",
        "esos", "esta", "estan", "estas", "este", "esto", "estos", "fue", "fueron", "ha", "han", "hasta", "hay",
        "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "muy", "ni", "no", "nos", "nuestra",
        "nuestras", "nuestro", "nuestros", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por",
        "porque", "que", "quien", "quienes", "se", "sea", "ser", "si", "sin", "sino", "sobre", "son", "su", "sus",
        "tambien", "te", "tiene", "tienen", "todo", "todos", "tu", "tus", "u", "un", "una", "unas", "uno", "unos",
        "y", "ya", "yo",
    ]
}

/// A light stemmer for Spanish: plurals and gender endings only, so that forms of one word meet
/// without conflating different words. Works on folded words.
public enum SpanishStemmer {
    public static func stem(_ word: String) -> String {
        var word = word
        // Works on the bytes in place: this runs for each new word a counter meets, and copying
        // them into an array first cost 0.9 % more instructions (callgrind, shipped package).
        let stemmed: String? = word.withUTF8 { bytes in
            // Folded Spanish words are ASCII; anything else is left whole.
            guard bytes.count > 3, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let count = bytes.count
            func ends(_ suffix: StaticString) -> Bool {
                let length = suffix.utf8CodeUnitCount
                guard count >= length else { return false }
                return suffix.withUTF8Buffer {
                    UnsafeBufferPointer(rebasing: bytes[(count - length)...]).elementsEqual($0)
                }
            }
            var end = count
            var endsInZ = false
            if ends("iones") {
                end -= 2  // sesiones → sesion
            } else if ends("ces"), count > 4 {
                end -= 3
                endsInZ = true  // veces → vez
            } else if ends("es"), count > 4, "lrndjz".utf8.contains(bytes[count - 3]) {
                end -= 2  // actores → actor, redes → red
            } else if bytes[count - 1] == UInt8(ascii: "s"), "aeiou".utf8.contains(bytes[count - 2]) {
                end -= 1  // alianzas → alianza
            }
            if !endsInZ, end > 4, "aoe".utf8.contains(bytes[end - 1]) {
                end -= 1  // alianza → alianz, estrategico → estrategic
            }
            guard end != count || endsInZ else { return nil }
            let kept = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
            return endsInZ ? kept + "z" : kept
        }
        return stemmed ?? word
    }
}
