import Foundation

/// Heading anchors: lowercase ASCII letters and digits joined by `-`, accents folded
/// ("3.1 Entendiendo nuestro sistema" → `3-1-entendiendo-nuestro-sistema`, "ñ" → "n").
public enum Slug {
    public static func make(_ text: String) -> String {
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

    /// Slugs for `texts` in order, made unique by suffixes `-2`, `-3` … as repeats appear.
    public static func unique(_ texts: [String]) -> [String] {
        var used: Set<String> = []
        return texts.map { text in
            let base = make(text)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
