import Foundation

/// Follows every `href` and `src` of every HTML file of a built site, the way a browser opening
/// it from a folder would, and lists what does not resolve.
enum SiteCrawler {
    /// `neighbours` are folders hosted beside the site (the manual, linked from the footer): a
    /// link may leave the site only into one of them, to a file that is there.
    static func problems(in site: URL, neighbours: [URL] = []) throws -> [String] {
        let files = try snapshot(of: site)
        let beside = Dictionary(neighbours.map { ($0.lastPathComponent, $0) }, uniquingKeysWith: { $1 })
        var problems: [String] = []
        let attribute = try Regex(#"(?:href|src)="([^"]*)""#)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: attribute) {
                guard let target = match.output[1].substring.map(String.init) else { continue }
                if let problem = check(target, from: path, files: files, beside: beside) {
                    problems.append("\(path): \(problem)")
                }
            }
        }
        return problems
    }

    private static func check(_ target: String, from page: String, files: [String: Data], beside: [String: URL])
        -> String?
    {
        if target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:") { return nil }
        if target.isEmpty { return "enlace vacío" }
        if target.hasPrefix("/") || target.contains(":") { return "«\(target)» no es relativo" }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var resolved = page
        if !pathPart.isEmpty {
            guard !pathPart.hasSuffix("/") else { return "«\(target)» no termina en un nombre de archivo" }
            var folders = page.split(separator: "/").dropLast().map(String.init)
            var outside: [String]?
            for component in (pathPart.removingPercentEncoding ?? pathPart).split(separator: "/") {
                if outside != nil {
                    if component != "." { outside?.append(String(component)) }
                } else if component == ".." {
                    if folders.isEmpty { outside = [] } else { folders.removeLast() }
                } else if component != "." {
                    folders.append(String(component))
                }
            }
            if let outside {
                guard let first = outside.first, let neighbour = beside[first],
                    FileManager.default.fileExists(
                        atPath: neighbour.appendingPathComponent(outside.dropFirst().joined(separator: "/")).path)
                else { return "«\(target)» sale del sitio" }
                return nil
            }
            resolved = folders.joined(separator: "/")
        }
        guard let data = files[resolved] else { return "«\(target)» no existe" }
        if let fragment, !fragment.isEmpty {
            let html = String(decoding: data, as: UTF8.self)
            guard html.contains("id=\"\(fragment)\"") else { return "«\(target)»: no hay id «\(fragment)»" }
        }
        return nil
    }
}

extension SiteCrawler {
    /// Ids that appear more than once in one page of the site, as `page: id`.
    static func duplicateIDs(in site: URL) throws -> [String] {
        let attribute = try Regex(#"\sid="([^"]*)""#)
        var repeated: [String] = []
        for (path, data) in try snapshot(of: site).sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            var seen: Set<String> = []
            for match in String(decoding: data, as: UTF8.self).matches(of: attribute) {
                guard let id = match.output[1].substring.map(String.init) else { continue }
                if !seen.insert(id).inserted { repeated.append("\(path): \(id)") }
            }
        }
        return repeated
    }
}
