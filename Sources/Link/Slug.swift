import Foundation

/// Heading anchors: lowercase ASCII letters and digits joined by `-`, accents folded
/// ("3.1 Entendiendo nuestro sistema" → `3-1-entendiendo-nuestro-sistema`, "ñ" → "n").
public enum Slug {
    public static func make(_ text: String) -> String {
        if let slug = quickSlug(text) { return slug }
        let folded = text.decomposedStringWithCanonicalMapping.lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "seccion" : slug
    }

    /// Spanish letters with their accents folded, for the common case that needs no Unicode
    /// decomposition (which costs more than the rest of the slug).
    private static let folded: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (letters, base) in [
            ("áàäâÁÀÄÂ", "a"), ("éèëêÉÈËÊ", "e"), ("íìïîÍÌÏÎ", "i"), ("óòöôÓÒÖÔ", "o"), ("úùüûÚÙÜÛ", "u"), ("ñÑ", "n"),
        ] {
            for scalar in letters.unicodeScalars { table[scalar] = UInt8(ascii: base.unicodeScalars.first ?? "a") }
        }
        return table
    }()

    /// The slug of a text of ASCII and the letters in `folded`; nil for anything else.
    private static func quickSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            var byte: UInt8
            if scalar.isASCII {
                byte = UInt8(scalar.value)
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            } else if let base = folded[scalar] {
                byte = base
            } else {
                return nil
            }
            let isWordByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isWordByte {
                if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return bytes.isEmpty ? "seccion" : String(decoding: bytes, as: UTF8.self)
    }

    /// Slugs for `texts` in order, made unique by suffixes `-2`, `-3` … as repeats appear.
    /// Each slug's next suffix to try is kept, so a page of many equal headings does not try
    /// every suffix again for each one (20 000 equal headings took 13 s). A suffix skipped once
    /// is taken for good, so the result is the same as trying from `-2` every time.
    public static func unique(_ texts: [String]) -> [String] {
        var used: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            var candidate = base
            var counter = nextSuffix[base] ?? 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            nextSuffix[base] = counter
            used.insert(candidate)
            return candidate
        }
    }
}
