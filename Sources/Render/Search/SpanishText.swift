import Foundation

/// How search compares Spanish words: case and accents ignored, `ñ` read as `n` (so a phone
/// keyboard without it still finds «compañía»; «año» and «ano» then look alike, which this
/// package's text never confuses), the commonest words left out, and a light stemmer so
/// «sesiones» finds «sesión». The site's script does the same in the browser.
public enum SpanishText {
    /// Lowercase, without diacritics: `Sesión` → `sesion`, `Año` → `ano`, `pingüino` → `pinguino`.
    public static func fold(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.unicodeScalars.append(scalar)
        }
        return folded
    }

    /// The folded words of `text`, in order: runs of letters and digits. One pass over the text's
    /// scalars; Spanish letters take a table, other scripts the general (slower) folding.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func end() {
            if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: word.append(Unicode.Scalar(value + 0x20) ?? scalar)
                case 0x61...0x7A, 0x30...0x39: word.append(scalar)
                default: end()
                }
            } else if let base = latinBase[value] {
                word.append(base)
            } else if (0x300...0x36F).contains(value) {
                continue  // a combining accent: part of the word, folded away
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: fold(String(scalar)).unicodeScalars)
            } else {
                end()
            }
        }
        end()
        return words
    }

    /// Accented Latin letters and their folded base: `Á`, `á` → `a`; `Ñ`, `ñ` → `n`.
    private static let latinBase: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in UInt32(0xC0)...0x17F {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = fold(String(scalar)).unicodeScalars
            if folded.count == 1, let base = folded.first { table[value] = base }
        }
        return table
    }()

    /// The folded, stemmed words that search looks for, without stop words.
    public static func terms(_ text: String) -> [String] {
        words(text).filter { !stopWords.contains($0) }.map(SpanishStemmer.stem)
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
        var bytes = Array(word.utf8)
        // Folded Spanish words are ASCII; anything else is left whole.
        guard bytes.count > 3, bytes.allSatisfy({ $0 < 0x80 }) else { return word }
        if bytes.ends(with: "iones") {
            bytes.removeLast(2)  // sesiones → sesion
        } else if bytes.ends(with: "ces"), bytes.count > 4 {
            bytes.removeLast(3)
            bytes.append(UInt8(ascii: "z"))  // veces → vez
        } else if bytes.ends(with: "es"), bytes.count > 4, "lrndjz".utf8.contains(bytes[bytes.count - 3]) {
            bytes.removeLast(2)  // actores → actor, redes → red
        } else if bytes.last == UInt8(ascii: "s"), "aeiou".utf8.contains(bytes[bytes.count - 2]) {
            bytes.removeLast()  // alianzas → alianza
        }
        if bytes.count > 4, let last = bytes.last, "aoe".utf8.contains(last) {
            bytes.removeLast()  // alianza → alianz, estrategico → estrategic
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: String) -> Bool {
        let tail = suffix.utf8
        return count >= tail.count && self[(count - tail.count)...].elementsEqual(tail)
    }
}
