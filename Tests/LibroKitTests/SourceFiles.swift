import Foundation

/// The Swift files below `Sources/`, each with its module (the first folder) and its text.
enum SourceFiles {
    struct File {
        let module: String
        /// The path below `Sources/`: `Render/Search/JSON.swift`.
        let path: String
        let text: String
    }

    static func all() throws -> [File] {
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        guard let walk = FileManager.default.enumerator(atPath: sources.path) else { return [] }
        var files: [File] = []
        for case let path as String in walk where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let module = String(path.split(separator: "/").first ?? "")
            files.append(File(module: module, path: path, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Swift source with comments and string literals blanked out (line breaks kept), so braces and
/// keywords can be counted without a parser: enough to measure functions, not to compile.
enum CodeOnly {
    static func blanking(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var index = 0
        func blank(_ range: Range<Int>) {
            for position in range where bytes[position] != UInt8(ascii: "\n") { bytes[position] = UInt8(ascii: " ") }
        }
        func starts(_ token: String, at position: Int) -> Bool {
            let token = Array(token.utf8)
            return position + token.count <= bytes.count && Array(bytes[position..<position + token.count]) == token
        }
        while index < bytes.count {
            if starts("//", at: index) {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                blank(index..<end)
                index = end
            } else if starts("/*", at: index) {
                var depth = 0
                var end = index
                repeat {
                    if starts("/*", at: end) {
                        depth += 1
                        end += 2
                    } else if starts("*/", at: end) {
                        depth -= 1
                        end += 2
                    } else {
                        end += 1
                    }
                } while depth > 0 && end < bytes.count
                blank(index..<end)
                index = end
            } else if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "#") {
                let end = stringEnd(in: bytes, from: index)
                if let end { blank(index..<end) }
                index = end ?? index + 1
            } else {
                index += 1
            }
        }
        return bytes
    }

    /// Where the string literal starting at `start` (`"…"`, `"""…"""`, `#"…"#`) ends, or nil
    /// when none starts there.
    private static func stringEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var hashes = 0
        while start + hashes < bytes.count, bytes[start + hashes] == UInt8(ascii: "#") { hashes += 1 }
        let quoteAt = start + hashes
        guard quoteAt < bytes.count, bytes[quoteAt] == UInt8(ascii: "\"") else { return nil }
        let triple =
            quoteAt + 2 < bytes.count && bytes[quoteAt + 1] == UInt8(ascii: "\"")
            && bytes[quoteAt + 2] == UInt8(ascii: "\"")
        let quote = Array(repeating: UInt8(ascii: "\""), count: triple ? 3 : 1)
        let closing = quote + Array(repeating: UInt8(ascii: "#"), count: hashes)
        var position = quoteAt + quote.count
        while position < bytes.count {
            if hashes == 0, bytes[position] == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if !triple, bytes[position] == UInt8(ascii: "\n") { break }
            if position + closing.count <= bytes.count, Array(bytes[position..<position + closing.count]) == closing {
                position += closing.count
                break
            }
            position += 1
        }
        return min(position, bytes.count)
    }
}
