import Foundation

/// One relationship of a package part, its target resolved to a path inside the package.
struct Relationship: Equatable {
    var id: String
    /// The type URI; compared by its last segment, which transitional and strict OOXML share.
    var type: String
    var target: String

    func isOfType(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
}

enum Relationships {
    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`.
    static func partPath(for source: String) -> String {
        let (folder, name) = split(source)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// The relationships in `data` (a `.rels` part), internal ones only.
    static func read(_ data: Data, part: String, source: String) throws(WorkbookProblem) -> [Relationship] {
        var tokenizer = XMLTokenizer(data, part: part)
        var relationships: [Relationship] = []
        while let event = try tokenizer.next() {
            guard case .start(let tag) = event, tag.name == "Relationship", tag.attribute("TargetMode") != "External",
                let id = tag.attribute("Id"), let type = tag.attribute("Type"), let target = tag.attribute("Target")
            else { continue }
            relationships.append(
                Relationship(id: id, type: type, target: resolve(target, from: split(source).folder)))
        }
        return relationships
    }

    /// A target relative to the source part's folder, or absolute from the package root (`/xl/…`).
    static func resolve(_ target: String, from folder: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : folder + "/" + decoded
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
