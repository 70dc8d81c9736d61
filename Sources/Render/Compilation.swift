import Foundation
import Link

/// RENDER for whole-book print: every page under some sections, in reading order, on one page.
/// Each page's body keeps its HTML with its ids prefixed, its headings one level down, and its
/// links turned to point inside the book when their target is in it (and re-made relative to
/// the book's page otherwise), so the printed book is one document with a table of contents.
struct Compilation {
    let site: LinkedSite
    /// Rendered bodies of the pages, by index.
    let bodies: [Int: String]
    /// The page that shows the book.
    let index: Int

    private var here: String { site.pages[index].outputPath }

    /// What `bloques/compilacion` sees.
    func make(sections: [String]) -> [String: Any] {
        let included = included(sections: sections)
        // `c_` and not a slug's `c-`: heading anchors never hold `_`, so the book's own headings
        // cannot take these ids.
        let anchors = Slug.unique(included.map { "c-" + Slug.make(site.pages[$0.page].id) }).map {
            "c_" + $0.dropFirst(2)
        }
        var targets: [String: String] = [:]
        for (entry, anchor) in zip(included, anchors) { targets[site.pages[entry.page].outputPath] = anchor }
        let pages = zip(included, anchors).map { entry, anchor -> [String: Any] in
            let page = site.pages[entry.page]
            return [
                "titulo": page.numberedTitle,
                "ancla": anchor,
                "nivel": entry.depth + 1,
                "capitulo": entry.depth <= 1,
                "cuerpo": rewrite(
                    bodies[entry.page] ?? "", of: page.outputPath, prefix: anchor + "-", targets: targets),
            ]
        }
        return ["paginas": pages]
    }

    /// The pages the book shows, each with its depth below the section that brings it.
    func included(sections: [String]) -> [(page: Int, depth: Int)] {
        sections.flatMap { id -> [(page: Int, depth: Int)] in
            guard let page = site.pages.firstIndex(where: { $0.id == id }) else { return [] }
            return [(page, 0)] + descendants(of: page, depth: 1)
        }.filter { $0.page != index }
    }

    /// Every page some book of the site gathers: their bodies are rendered before the books.
    static func gatheredPages(in site: LinkedSite) -> Set<Int> {
        var pages: Set<Int> = []
        for (index, page) in site.pages.enumerated() {
            for block in page.blocks {
                guard case .compilation(let sections) = block.content else { continue }
                let book = Compilation(site: site, bodies: [:], index: index)
                pages.formUnion(book.included(sections: sections).map(\.page))
            }
        }
        return pages
    }

    /// Found once and then walked: finding each page again from the top of the navigation
    /// made a book's cost grow as the square of its pages.
    private func descendants(of page: Int, depth: Int) -> [(page: Int, depth: Int)] {
        guard let node = find(page, in: site.navigation) else { return [] }
        var found: [(page: Int, depth: Int)] = []
        var pending: [(node: NavigationNode, depth: Int)] = node.children.reversed().map { ($0, depth) }
        while let (child, childDepth) = pending.popLast() {
            found.append((child.page, childDepth))
            pending += child.children.reversed().map { ($0, childDepth + 1) }
        }
        return found
    }

    private func find(_ page: Int, in nodes: [NavigationNode]) -> NavigationNode? {
        for node in nodes {
            if node.page == page { return node }
            if let found = find(page, in: node.children) { return found }
        }
        return nil
    }

    /// The body of the page at `path` as it reads inside the book.
    private func rewrite(_ html: String, of path: String, prefix: String, targets: [String: String]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        HTMLScan.scan(html) { piece in
            switch piece {
            case .text(let text):
                output += text
            case .tag(let tag) where !tag.source.utf8.contains(UInt8(ascii: "=")) && tag.name.first != "h":
                // Most tags (`<p>`, `</li>`) have nothing to change.
                output += tag.source
            case .tag(let tag):
                var source = String(tag.source)
                // A page's headings go one level down under its title in the book.
                if let level = Int(tag.name.dropFirst()), tag.name.first == "h", (1...5).contains(level) {
                    let start = tag.closing ? "</h" : "<h"
                    source = start + "\(level + 1)" + source.dropFirst(start.count + 1)
                }
                output += HTMLScan.rewriteAttributes(of: Substring(source)) { name, value in
                    switch name {
                    case "id", "for", "aria-labelledby", "aria-describedby": prefix + value
                    case "href", "src": url(String(value), from: path, prefix: prefix, targets: targets)
                    default: nil
                    }
                }
            }
        }
        return output
    }

    private func url(_ url: String, from path: String, prefix: String, targets: [String: String]) -> String {
        if url.hasPrefix("#") { return "#" + prefix + url.dropFirst() }
        // Checked as bytes: a book rewrites thousands of links, and `String.contains` goes
        // through Foundation.
        if url.isEmpty || url.hasPrefix("//") || url.utf8.contains(UInt8(ascii: ":")) { return url }
        let (target, fragment) = Self.split(url)
        var folders = path.split(separator: "/").dropLast().map(String.init)
        let decoded = target.utf8.contains(UInt8(ascii: "%")) ? (target.removingPercentEncoding ?? target) : target
        for part in decoded.split(separator: "/") {
            if part == ".." {
                _ = folders.popLast()
            } else if part != "." {
                folders.append(String(part))
            }
        }
        let resolved = folders.joined(separator: "/")
        if let anchor = targets[resolved] {
            return "#" + anchor + (fragment.map { "-" + $0 } ?? "")
        }
        return URLPath.relative(from: here, to: resolved) + (fragment.map { "#" + $0 } ?? "")
    }

    private static func split(_ url: String) -> (String, String?) {
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }

}
