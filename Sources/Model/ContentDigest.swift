/// A 64-bit FNV-1a digest of bytes fed in pieces. It tells versions of a site apart, nothing
/// more: no one gains by forging a collision, so a cryptographic hash would only cost time.
public struct ContentDigest: Sendable {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* Self.prime
        }
        self.value = value
    }

    /// The text's UTF-8 bytes, then a zero byte, so `"ab", "c"` and `"a", "bc"` differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { add($0) }
    }

    /// Sixteen lowercase hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
