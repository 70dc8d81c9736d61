import Model

/// Placement by `SUMMARY.md`, as mdBook orders a book: its chapters in the order and nesting it
/// lists them, numbered chapters numbered 1, 1.1, 1.2, 2 … (drafts take their number too), and
/// the pages it leaves out at the end, unnumbered, in the order of their paths.
extension Placement {
    mutating func place(_ summary: BookSummary, trail: [Int]) -> [NavigationNode] {
        var pageByPath: [String: Int] = [:]
        for (index, page) in sources.enumerated() { pageByPath[page.path] = index }
        var placed: Set<Int> = tree.home.map { [$0] } ?? []
        var nodes = place(summary.chapters, number: nil, trail: trail, pageByPath: pageByPath, placed: &placed)
        for index in sources.indices where !placed.contains(index) {
            nodes.append(NavigationNode(page: drafts.count, children: []))
            drafts.append((index, sources[index].frontMatter.number, trail))
        }
        return nodes
    }

    private mutating func place(
        _ chapters: [BookSummary.Chapter], number: String?, trail: [Int], pageByPath: [String: Int],
        placed: inout Set<Int>
    ) -> [NavigationNode] {
        var nodes: [NavigationNode] = []
        var position = 0
        // A part title over a draft goes to the next entry the navigation shows.
        var part: String?
        for chapter in chapters {
            part = chapter.part ?? part
            let before = nodes.count
            defer {
                if nodes.count > before, let title = part {
                    nodes[before].part = title
                    part = nil
                }
            }
            var childNumber: String?
            if chapter.isNumbered {
                position += 1
                childNumber = Numberer.number(position: position, parent: number, scheme: .decimal)
            }
            // A draft, a missing file (reported when SUMMARY.md was read) or a page listed
            // again: what it holds goes where it would have gone.
            guard let path = chapter.path, let source = pageByPath[path], placed.insert(source).inserted else {
                nodes += place(
                    chapter.children, number: childNumber, trail: trail, pageByPath: pageByPath, placed: &placed)
                continue
            }
            childNumber = sources[source].frontMatter.number ?? childNumber
            let index = drafts.count
            drafts.append((source, childNumber, trail))
            let children = place(
                chapter.children, number: childNumber, trail: trail + [index], pageByPath: pageByPath,
                placed: &placed)
            nodes.append(NavigationNode(page: index, children: children))
        }
        return nodes
    }
}
