/// A template that cannot be read, with where: line and column count from 1.
struct TemplateSyntaxError: Error, Sendable {
    let message: String
    let line: Int
    let column: Int

    /// Line and column of a byte offset, counting characters rather than bytes.
    init(_ message: String, at offset: Int, in bytes: [UInt8]) {
        self.message = message
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }
}
