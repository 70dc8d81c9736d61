import Link

/// The navigation tree as seen from one page: URLs relative to it, the page itself marked
/// `actual` and the sections above it `abierto`.
enum NavigationContext {
    static func make(_ nodes: [NavigationNode], site: LinkedSite, from page: Int, open: Set<Int>) -> [[String: Any]] {
        let here = site.pages[page].outputPath
        return nodes.map { node in
            let target = site.pages[node.page]
            return [
                "titulo": target.title,
                "numero": target.number ?? "",
                "tiene_numero": target.number != nil,
                "url": URLPath.relative(from: here, to: target.outputPath),
                "actual": node.page == page,
                "abierto": open.contains(node.page),
                "tiene_hijos": !node.children.isEmpty,
                "hijos": make(node.children, site: site, from: page, open: open),
            ]
        }
    }
}
