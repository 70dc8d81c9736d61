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

    /// The folded words of `text`, in order: runs of letters and digits.
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

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
        var word = Array(word)
        guard word.count > 3 else { return String(word) }
        if word.hasSuffix("iones") {
            word.removeLast(2)  // sesiones → sesion
        } else if word.hasSuffix("ces"), word.count > 4 {
            word.removeLast(3)
            word.append("z")  // veces → vez
        } else if word.hasSuffix("es"), word.count > 4, "lrndjz".contains(word[word.count - 3]) {
            word.removeLast(2)  // actores → actor, redes → red
        } else if word.last == "s", "aeiou".contains(word[word.count - 2]) {
            word.removeLast()  // alianzas → alianza
        }
        if word.count > 4, let last = word.last, "aoe".contains(last) {
            word.removeLast()  // alianza → alianz, estrategico → estrategic
        }
        return String(word)
    }
}

extension Array where Element == Character {
    fileprivate func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix)
        return count >= tail.count && Array(self[(count - tail.count)...]) == tail
    }
}
