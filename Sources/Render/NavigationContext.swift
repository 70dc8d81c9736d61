import Link

/// The navigation tree as seen from one page: URLs relative to it, the page itself marked
/// `actual`, and only the sections on the way to it (`abierto`) showing what they hold, so every
/// page carries a short tree however large the package grows.
enum NavigationContext {
    static func make(_ nodes: [NavigationNode], site: LinkedSite, from page: Int, open: Set<Int>) -> [[String: Any]] {
        let here = site.pages[page].outputPath
        return nodes.map { node in
            let target = site.pages[node.page]
            let isOpen = open.contains(node.page)
            let children = isOpen ? make(node.children, site: site, from: page, open: open) : []
            return [
                "titulo": target.title,
                "numero": target.number ?? "",
                "tiene_numero": target.number != nil,
                "url": URLPath.relative(from: here, to: target.outputPath),
                "actual": node.page == page,
                "abierto": isOpen,
                "tiene_hijos": !children.isEmpty,
                "tiene_mas": !isOpen && !node.children.isEmpty,
                "hijos": children,
            ]
        }
    }
}
