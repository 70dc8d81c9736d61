import Link

/// Where each page stands in the navigation tree, worked out once per build: a page's
/// navigation finds the entry on its way in a large section without walking the section, and
/// a large section's page finds the entries it lists.
struct NavigationPlaces {
    /// Each page's position among its siblings; -1 for a page outside the tree.
    private var positions: [Int]
    /// The entries of each section larger than the limit, by the section's page (the home page
    /// for the top of the tree).
    private(set) var largeSections: [Int: [NavigationNode]] = [:]

    init(_ nodes: [NavigationNode], pageCount: Int, limit: Int) {
        positions = Array(repeating: -1, count: pageCount)
        if let home = Self.homeSection(of: nodes), nodes.count > limit { largeSections[home] = nodes }
        var pending = [nodes]
        while let siblings = pending.popLast() {
            for (position, node) in siblings.enumerated() {
                positions[node.page] = position
                if node.children.count > limit { largeSections[node.page] = node.children }
                if !node.children.isEmpty { pending.append(node.children) }
            }
        }
    }

    /// The page that lists the top of the tree: the home page, when the tree does not start with it.
    static func homeSection(of nodes: [NavigationNode]) -> Int? {
        nodes.first?.page == 0 ? nil : 0
    }

    /// `page`'s position in `siblings`, when it is one of them.
    func position(of page: Int, in siblings: [NavigationNode]) -> Int? {
        let position = positions[page]
        return siblings.indices.contains(position) && siblings[position].page == page ? position : nil
    }
}
