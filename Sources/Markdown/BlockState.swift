/// What kind of lines the scan is in. Fenced code is skipped, since cmark reads no Markdown in
/// it; only fences that cmark surely opens count, so nothing cmark parses is ever skipped: a
/// fence at the very start of a line, outside anything that may be an HTML block (whose lines
/// cmark keeps as they are, fences included). What may be an HTML block is taken to last until
/// both its end marker and a blank line have come, which covers whichever kind cmark finds.
enum BlockState: Equatable {
    case markdown
    /// Inside fenced code opened by `length` of `mark` (`` ` `` or `~`).
    case fence(mark: UInt8, length: Int)
    /// Inside what may be an HTML block: until a blank line after a line holding one of `ends`
    /// (any blank line when `ends` is empty).
    case html(ends: [[UInt8]], endSeen: Bool)

    /// A fence that opens fenced code for sure: three or more `` ` `` or `~` from the line's
    /// first byte, and no `` ` `` after a backtick fence.
    static func fence(opening line: UnsafeBufferPointer<UInt8>) -> BlockState? {
        guard let mark = line.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return nil }
        var length = 0
        while length < line.count, line[length] == mark { length += 1 }
        guard length >= 3 else { return nil }
        if mark == UInt8(ascii: "`"), line[length...].contains(mark) { return nil }
        return .fence(mark: mark, length: length)
    }

    /// Whether `line` closes this fence: up to three spaces, at least as many of its mark, then
    /// only spaces and tabs. A line cmark closes the fence with is always one of these.
    func closes(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard case .fence(let mark, let length) = self else { return false }
        var index = 0
        while index < line.count, index < 3, line[index] == 0x20 { index += 1 }
        let start = index
        while index < line.count, line[index] == mark { index += 1 }
        guard index - start >= length else { return false }
        return line[index...].allSatisfy(LinePrefix.isSpace)
    }

    /// The HTML block `text` (a line's text after its markers) may start, with the ends cmark
    /// looks for; nil when it does not start with `<`.
    static func html(starting text: UnsafeBufferPointer<UInt8>) -> BlockState? {
        guard text.first == UInt8(ascii: "<") else { return nil }
        let lowered = text.prefix(10).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func starts(_ prefix: String) -> Bool { lowered.starts(with: prefix.utf8) }
        let ends: [String] =
            if starts("<!--") {
                ["-->"]
            } else if starts("<?") {
                ["?>"]
            } else if starts("<![cdata[") {
                ["]]>"]
            } else if starts("<!") {
                [">"]
            } else if ["<script", "<pre", "<style"].contains(where: { starts($0) }) {
                ["</script>", "</pre>", "</style>"]
            } else {
                []
            }
        return BlockState.html(ends: ends.map { Array($0.utf8) }, endSeen: ends.isEmpty)
            .reading(UnsafeBufferPointer(rebasing: text.dropFirst()), isBlank: false)
    }

    /// The state after reading `line` inside what may be an HTML block.
    func reading(_ line: UnsafeBufferPointer<UInt8>, isBlank: Bool) -> BlockState {
        guard case .html(let ends, let endSeen) = self else { return self }
        if endSeen { return isBlank ? .markdown : self }
        let lowered = line.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return .html(ends: ends, endSeen: ends.contains { end in Self.contains(lowered, end) })
    }

    private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard let first = part.first, text.count >= part.count else { return false }
        var index = 0
        while index + part.count <= text.count {
            if text[index] == first, text[index..<(index + part.count)].elementsEqual(part) { return true }
            index += 1
        }
        return false
    }
}
