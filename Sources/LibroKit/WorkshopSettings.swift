import Foundation

/// The `libro.yml` a new workshop gets: the package's own, without the footer links that point to
/// a folder beside the site (`../…`, such as the manual a repository build writes next to
/// `site/`). Nothing is beside a workshop's `site/`, so those links would lead nowhere.
enum WorkshopSettings {
    /// `text` with every `enlaces_pie` item whose `enlace` starts with `../` left out, and the key
    /// itself when no item is left. Items are the block list the shipped package writes; any other
    /// text is returned as it is.
    static func withoutOutsideLinks(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let key = lines.firstIndex(where: { $0.hasPrefix("enlaces_pie:") }) else { return text }
        var end = key + 1
        while end < lines.count, lines[end].hasPrefix(" ") || lines[end].isEmpty { end += 1 }
        let items = splitItems(Array(lines[(key + 1)..<end]))
        let kept = items.filter { item in
            !item.contains { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let value = trimmed.drop { $0 == "-" || $0 == " " }
                return value.hasPrefix("enlace:")
                    && value.dropFirst("enlace:".count).trimmingCharacters(in: .whitespaces)
                        .trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).hasPrefix("../")
            }
        }
        guard kept.count != items.count else { return text }
        lines.replaceSubrange(key..<end, with: kept.isEmpty ? [] : [lines[key]] + kept.flatMap { $0 })
        return lines.joined(separator: "\n")
    }

    /// The lines of a block list, one group per `- ` item.
    private static func splitItems(_ lines: [String]) -> [[String]] {
        var items: [[String]] = []
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") || items.isEmpty {
                items.append([line])
            } else {
                items[items.count - 1].append(line)
            }
        }
        return items
    }

    /// Rewrites the workshop's `content/libro.yml` in place, if it has links to leave out.
    static func dropOutsideLinks(in content: URL) throws {
        let file = content.appendingPathComponent("libro.yml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return }
        let rewritten = withoutOutsideLinks(text)
        if rewritten != text { try Data(rewritten.utf8).write(to: file) }
    }
}
