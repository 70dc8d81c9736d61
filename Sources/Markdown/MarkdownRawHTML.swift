/// Raw HTML written in the Markdown: a block, or one inline tag.
public struct MarkdownRawHTML: Sendable, Equatable {
    public let position: SourcePosition
    /// The HTML as written (a block's lines lose the markers of the containers around them).
    public let literal: String

    public init(position: SourcePosition, literal: String) {
        self.position = position
        self.literal = literal
    }

    /// Where `offset` (bytes into `literal`) was written.
    public func position(at offset: Int) -> SourcePosition {
        var line = position.line
        var lineStart = 0
        for (index, byte) in literal.utf8.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = line == position.line ? position.byteColumn + offset : offset - lineStart + 1
        return SourcePosition(line: line, byteColumn: column)
    }
}
