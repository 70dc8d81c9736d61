/// A 1-based line and byte column inside the Markdown text given to the parser.
/// Autolinks and some inlines carry no position in cmark; they report line 0.
public struct SourcePosition: Sendable, Equatable {
    public let line: Int
    public let byteColumn: Int

    public init(line: Int, byteColumn: Int) {
        self.line = line
        self.byteColumn = byteColumn
    }
}
