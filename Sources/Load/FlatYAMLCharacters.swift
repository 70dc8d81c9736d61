/// The bytes `FlatYAML` reads without libyaml: the rest, and whatever libyaml treats specially,
/// send the text to libyaml.
enum FlatYAMLCharacters {
    /// No tab, no control character and none of the characters libyaml refuses or reads as a
    /// line break or a byte-order mark (U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF, C1
    /// controls): libyaml's reader checks every character, and this keeps its errors its own.
    static func areSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F || byte == UInt8(ascii: "\n") else { return false }
            } else if isRefused(lead: byte, at: index, in: bytes) {
                return false
            }
            index += 1
        }
        return true
    }

    private static func isRefused(lead: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch lead {
        case 0xC2: return next(1) < 0xA0
        case 0xE2: return next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)
        case 0xEF: return next(1) == 0xBB && next(2) == 0xBF || next(1) == 0xBF && next(2) >= 0xBE
        default: return false
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// What a key read here is made of (it starts with a letter).
    static func isKey(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// A plain value may not start with an indicator (``-?:,[]{}#&*!|>'"%@` ``), even those
    /// YAML lets a value start with before some characters.
    static func canStartPlain(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte > 0x20 && !"-?:,[]{}#&*!|>'\"%@`".utf8.contains(byte)
    }

    static func canStartItem(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isLetter(byte) || isDigit(byte)
    }

    /// What an item of `[…]` read here is made of.
    static func isItem(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isLetter(byte) || isDigit(byte) || " -_.".utf8.contains(byte)
    }

    /// libyaml counts columns in Unicode scalars: the bytes that do not continue one.
    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : 1) }
    }
}
