import Link

/// Rewrites what Chromium writes into a PDF that depends on where and when it printed, keeping
/// every byte offset of the cross-reference table valid: replacements are never longer than what
/// they replace, and shorter ones are padded with spaces outside the PDF string.
enum PDFLinks {
    /// Links to other pages of the site: Chromium writes them as `file://` addresses into the
    /// hidden folder the site was built in, which lead nowhere once the PDF is shared or the site
    /// is swapped in. They become relative to the PDF, like the page's own links.
    /// - Parameters:
    ///   - folder: the site folder's `file://` address, ending in `/`, as Chromium writes it.
    ///   - page: the page's path in the site (`hojas/paquete-sesion-1.html`).
    static func relativizing(_ pdf: [UInt8], folder: String, page: String) -> [UInt8] {
        let prefix = Array("(\(folder)".utf8)
        var bytes = pdf
        for start in PDFBytes.occurrences(of: prefix, in: bytes) {
            let first = start + prefix.count
            guard let end = bytes[first...].firstIndex(of: UInt8(ascii: ")")),
                bytes[end - 1] != UInt8(ascii: "\\")
            else { continue }
            let target = String(decoding: bytes[first..<end], as: UTF8.self)
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let fragment = parts.count > 1 ? "#" + parts[1] : ""
            let relative = Array("(\(URLPath.relative(from: page, to: path))\(fragment))".utf8)
            let length = end + 1 - start
            guard relative.count <= length else { continue }
            bytes.replaceSubrange(
                start..<(end + 1), with: relative + Array(repeating: UInt8(ascii: " "), count: length - relative.count))
        }
        return bytes
    }

    /// Tagged PDF structure elements carry the number of the DOM node they came from
    /// (`/ID (node00000377)`), which shifts when the page made a node more or less before them.
    /// Numbered again by rank, in the same order, they depend only on the elements themselves.
    static func renumberingNodes(_ pdf: [UInt8]) -> [UInt8] {
        let prefix = Array("(node".utf8)
        let digits = 8
        let found = PDFBytes.occurrences(of: prefix, in: pdf).filter { start in
            let first = start + prefix.count
            return first + digits < pdf.count && pdf[first + digits] == UInt8(ascii: ")")
                && pdf[first..<(first + digits)].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        let numbers = Set(found.map { pdf[($0 + prefix.count)..<($0 + prefix.count + digits)] }.map { Array($0) })
        // Fixed-width numbers sort as their text does, so names trees stay in order.
        let ranks = Dictionary(
            uniqueKeysWithValues: numbers.sorted { $0.lexicographicallyPrecedes($1) }.enumerated().map { ($1, $0 + 1) })
        var bytes = pdf
        for start in found {
            let first = start + prefix.count
            guard let rank = ranks[Array(pdf[first..<(first + digits)])] else { continue }
            let text = String(rank)
            let padded = String(repeating: "0", count: max(0, digits - text.count)) + text
            bytes.replaceSubrange(first..<(first + digits), with: Array(padded.utf8))
        }
        return bytes
    }
}

/// Byte searches over a whole PDF, in one pass each.
enum PDFBytes {
    /// Where `pattern` starts in `bytes`, in order, not overlapping.
    static func occurrences(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> [Int] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Int] = []
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                found.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }
}
