/// The two shapes of an author–year citation in Spanish prose: in parentheses with a name before
/// the year, «(Huerta, Ablanado y Mercado, 2017)», «(Child et al., 2005, en Russo, 2017)»; or a
/// name followed by the year in parentheses, «Austin (2000)».
enum CitationPattern {
    /// Each citation in `text` with its byte offset.
    static func citations(in text: String) -> [(text: String, offset: Int)] {
        let scalars = Array(text.unicodeScalars)
        // Each scalar's byte offset, so a match's offset costs no walk from the start.
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        var found: [(text: String, offset: Int)] = []
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" {
                open = index
            } else if scalar == ")", let start = open {
                open = nil
                let inside = Array(scalars[(start + 1)..<index])
                let isCitation =
                    yearEnds(inside)
                    ? inside.contains { $0.properties.isUppercase }
                    : isYearOnly(inside) && namePrecedes(scalars, at: start)
                guard isCitation else { continue }
                let from = isYearOnly(inside) ? nameStart(scalars, before: start) : start
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[from...index])
                found.append((String(written), offsets[from]))
            }
        }
        return found
    }

    /// `…, 2017` or `… 2017a`, as the end of a parenthesis.
    private static func yearEnds(_ inside: [Unicode.Scalar]) -> Bool {
        var end = inside.count
        if end > 0, ("a"..."z").contains(inside[end - 1]) { end -= 1 }
        guard end >= 6 else { return false }
        let year = inside[(end - 4)..<end]
        return isYear(Array(year)) && (inside[end - 5] == " " || inside[end - 5] == ",")
    }

    private static func isYearOnly(_ inside: [Unicode.Scalar]) -> Bool {
        (inside.count == 4 && isYear(inside)) || (inside.count == 5 && isYear(Array(inside.prefix(4))))
    }

    private static func isYear(_ digits: [Unicode.Scalar]) -> Bool {
        guard digits.count == 4, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return digits[0] == "2" ? digits[1] == "0" : digits[0] == "1" && ("5"..."9").contains(digits[1])
    }

    /// A capitalised word right before `(`: «Austin (2000)», «Misner et al. (2008)».
    private static func namePrecedes(_ scalars: [Unicode.Scalar], at open: Int) -> Bool {
        let start = nameStart(scalars, before: open)
        return start < open && scalars[start].properties.isUppercase
    }

    private static func nameStart(_ scalars: [Unicode.Scalar], before open: Int) -> Int {
        var index = open
        if index > 0, scalars[index - 1] == " " { index -= 1 }
        // «et al.» belongs to the name.
        let etAl = Array(" et al.".unicodeScalars)
        if index >= etAl.count, Array(scalars[(index - etAl.count)..<index]) == etAl { index -= etAl.count }
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "-" { start -= 1 }
        return start < index ? start : open
    }
}
