/// Character references in attribute values, decoded as a browser does before it reads a URL:
/// `jav&#x61;script:` and `javascript&colon;` are `javascript:`. Numeric references are decoded
/// with or without their `;`; of the named ones, those that can spell a scheme, a slash or the
/// spaces a browser skips. Anything else is left as written.
enum HTMLEntities {
    private static let named: [String: Character] = [
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "bsol": "\\", "amp": "&", "nbsp": "\u{A0}",
        "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "lpar": "(", "rpar": ")", "period": ".",
        "comma": ",", "semi": ";", "num": "#", "quest": "?", "percnt": "%", "equals": "=",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var decoded = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            decoded += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            if let (character, length) = reference(at: rest) {
                decoded.append(character)
                rest = rest.dropFirst(length)
            } else {
                decoded.append("&")
            }
        }
        return decoded + rest
    }

    /// The character `text` (what follows an `&`) names, and how many characters name it.
    private static func reference(at text: Substring) -> (Character, Int)? {
        if text.first == "#" {
            let hex = text.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
            let digits = text.dropFirst(hex ? 2 : 1).prefix { hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return nil }
            // Leading zeros do not count (`&#0000106;` is `j`); a number too long is no character.
            let significant = digits.drop { $0 == "0" }
            let value =
                significant.count > 8 ? nil : UInt32(significant.isEmpty ? "0" : significant, radix: hex ? 16 : 10)
            let scalar = value.flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
            let length = (hex ? 2 : 1) + digits.count
            return (Character(scalar), text.dropFirst(length).first == ";" ? length + 1 : length)
        }
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard text.dropFirst(name.count).first == ";", let character = named[name.lowercased()] else { return nil }
        return (character, name.count + 1)
    }
}
