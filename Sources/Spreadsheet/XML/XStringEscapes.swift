import Foundation

/// OOXML's escapes for characters XML cannot carry (ECMA-376 part 1, 22.9.2.19, `ST_Xstring`):
/// `_x000D_` is a carriage return, and `_x005F_` escapes an underscore that would otherwise
/// start such an escape.
enum XStringEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var decoded = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            decoded += rest[..<start.lowerBound]
            let candidate = rest[start.upperBound...].prefix(5)
            if let value = code(candidate), let scalar = Unicode.Scalar(value) {
                decoded.unicodeScalars.append(scalar)
                rest = rest[start.upperBound...].dropFirst(5)
            } else {
                decoded += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return decoded + rest
    }

    /// Escapes the underscore of text that reads like an escape, so it comes back as written.
    static func encode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var encoded = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            encoded += rest[..<start.lowerBound]
            let candidate = rest[start.upperBound...].prefix(5)
            encoded += code(candidate) == nil ? "_x" : "_x005F_x"
            rest = rest[start.upperBound...]
        }
        return encoded + rest
    }

    /// `00E9_` → 0xE9: four hexadecimal digits and the closing underscore.
    private static func code(_ candidate: Substring) -> UInt32? {
        let digits = candidate.dropLast()
        guard candidate.count == 5, candidate.last == "_", digits.allSatisfy(\.isHexDigit) else { return nil }
        return UInt32(digits, radix: 16)
    }
}
