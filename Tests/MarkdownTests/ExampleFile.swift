import Foundation
import Testing

/// The examples of `Examples.md`, in cmark's spec format.
struct MarkdownExample: CustomTestStringConvertible, Sendable {
    let title: String
    let markdown: String
    let html: String

    var testDescription: String { title }
    var allowsRawHTML: Bool { title.contains("(html crudo)") }

    static func all() throws -> [MarkdownExample] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Examples.md")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let fence = String(repeating: "`", count: 32)
        var examples: [MarkdownExample] = []
        var title = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("## ") { title = String(line.dropFirst(3)) }
            if line == fence + " example" {
                var markdown: [String] = []
                var html: [String] = []
                var inHTML = false
                index += 1
                while index < lines.count, lines[index] != fence {
                    if lines[index] == "." && !inHTML {
                        inHTML = true
                    } else if inHTML {
                        html.append(lines[index])
                    } else {
                        markdown.append(lines[index])
                    }
                    index += 1
                }
                examples.append(
                    MarkdownExample(
                        title: title,
                        markdown: markdown.joined(separator: "\n") + "\n",
                        html: html.joined(separator: "\n") + "\n"
                    )
                )
            }
            index += 1
        }
        return examples
    }
}
