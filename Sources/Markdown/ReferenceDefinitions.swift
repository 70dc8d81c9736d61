/// Where link reference definitions (`[x]: url "title"`) may be, and how long each may be. One
/// may start at any `]:` and holds the rest of its line. It may go on over the next lines when
/// its line leaves a destination or a title to come (nothing after the `]:`, or a `"`, `'` or
/// `(` after it, or a next line that starts with one); then it is taken to hold the rest of its
/// paragraph, as a title may.
struct ReferenceDefinitions {
    /// The longest a definition may be, in bytes, and where it starts.
    private(set) var largest: (bytes: Int, position: SourcePosition)?
    private var current: (offset: Int, position: SourcePosition)?
    private var open = false

    /// A `]:` at byte `offset` of the text; one inside a definition already begun is part of
    /// it. True when it begins one.
    mutating func start(at offset: Int, position: SourcePosition) -> Bool {
        guard current == nil else { return false }
        current = (offset, position)
        open = false
        return true
    }

    /// The line on which a definition began ends; `rest` is what follows its `:`.
    mutating func lineEnds(rest: UnsafeBufferPointer<UInt8>) {
        guard current != nil, !open else { return }
        let hasText = rest.contains { $0 != 0x20 && $0 != 0x09 }
        let mayOpenTitle = rest.contains { Self.opensTitle($0) }
        open = !hasText || mayOpenTitle
    }

    /// The next line starts at byte `offset`; `first` is its text's first byte.
    mutating func nextLine(at offset: Int, first: UInt8?) {
        guard current != nil, !open else { return }
        if let first, Self.opensTitle(first) {
            open = true
        } else {
            close(at: offset)
        }
    }

    mutating func paragraphEnds(at offset: Int) {
        close(at: offset)
    }

    private mutating func close(at end: Int) {
        guard let definition = current else { return }
        if end - definition.offset > largest?.bytes ?? 0 { largest = (end - definition.offset, definition.position) }
        current = nil
    }

    private static func opensTitle(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
    }
}
