import Foundation

/// A fenced code block of the manual (`docs/manual/`), with the page and line it starts on.
struct ManualBlock {
    let page: String
    let line: Int
    /// The info string's first word: `sh`, `yaml`, `markdown`.
    let language: String
    /// The info string's `clave=valor` words: `archivo=…`, `fragmento=…`.
    let attributes: [String: String]
    let text: String

    var place: String { "\(page):\(line)" }
}

/// Reads the manual's pages and the fenced blocks in them, as CommonMark fences them: a run of
/// three or more backticks opens a block, and only a run as long or longer closes it.
enum ManualBlocks {
    static let manual = Fixtures.repository.appendingPathComponent("docs/manual")

    static func pages() throws -> [String] {
        let files = FileManager.default.enumerator(atPath: manual.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
    }

    static func all() throws -> [ManualBlock] {
        try pages().flatMap { page in
            let text = try String(contentsOf: manual.appendingPathComponent(page), encoding: .utf8)
            return blocks(in: text, page: "docs/manual/\(page)")
        }
    }

    static func blocks(in text: String, page: String) -> [ManualBlock] {
        var blocks: [ManualBlock] = []
        var open: (fence: Int, line: Int, info: [Substring], body: [Substring])?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fence = line.prefix { $0 == "`" }.count
            if var current = open {
                if fence >= current.fence, line.dropFirst(fence).allSatisfy(\.isWhitespace) {
                    blocks.append(block(current, page: page))
                    open = nil
                } else {
                    current.body.append(line)
                    open = current
                }
            } else if fence >= 3 {
                open = (fence, index + 1, line.dropFirst(fence).split(separator: " "), [])
            }
        }
        return blocks
    }

    private static func block(
        _ open: (fence: Int, line: Int, info: [Substring], body: [Substring]), page: String
    ) -> ManualBlock {
        var attributes: [String: String] = [:]
        for word in open.info.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { attributes[String(parts[0])] = String(parts[1]) }
        }
        return ManualBlock(
            page: page, line: open.line, language: open.info.first.map(String.init) ?? "", attributes: attributes,
            text: open.body.map { $0 + "\n" }.joined())
    }

    /// A command line split into words as a shell would for these examples: spaces separate
    /// words, double quotes keep spaces inside one, and ` #` starts a comment.
    static func words(of line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == "#" && !quoted && !inWord {
                break
            } else if character == " " && !quoted {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
