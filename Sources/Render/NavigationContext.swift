import Link
import Theme

/// The navigation tree as seen from one page: URLs relative to it, the page itself marked
/// `actual`, and only the sections on the way to it (`abierto`) showing what they hold, so every
/// page carries a short tree however large the package grows. Entries are `TemplateObject`s:
/// each page has dozens, and only the fields the theme shows are worked out.
final class NavigationContext {
    private let site: LinkedSite
    private let page: Int
    private let here: String
    private let open: Set<Int>
    /// The number of this page's folder, which its relative URLs depend on.
    private let folder: Int

    private init(site: LinkedSite, page: Int, folder: Int, open: Set<Int>) {
        self.site = site
        self.page = page
        here = site.pages[page].outputPath
        self.folder = folder
        self.open = open
    }

    static func make(
        _ nodes: [NavigationNode], site: LinkedSite, from page: Int, folder: Int, open: Set<Int>
    ) -> [TemplateObject] {
        NavigationContext(site: site, page: page, folder: folder, open: open).entries(nodes)
    }

    private func entries(_ nodes: [NavigationNode]) -> [TemplateObject] {
        nodes.map { node in
            // A closed entry looks the same from every page of a folder (its URL depends only on
            // the folder), so the template's output for it is reused; an open one holds the path
            // to this page.
            let memo =
                open.contains(node.page) ? nil : TemplateObject.Memo(node.page, folder, node.page == page ? 1 : 0)
            return TemplateObject(memo: memo) { [self] name in field(name, of: node) }
        }
    }

    private func field(_ name: String, of node: NavigationNode) -> Any? {
        // Fields are read through the array, never by copying the whole page: a template asks
        // for each entry's fields one by one, and a page value holds many arrays.
        switch name {
        case "titulo": return site.pages[node.page].title
        case "parte": return node.part ?? ""
        case "tiene_parte": return node.part != nil
        case "numero": return site.pages[node.page].linkNumber ?? ""
        case "tiene_numero": return site.pages[node.page].linkNumber != nil
        case "url": return URLPath.relative(from: here, to: site.pages[node.page].outputPath)
        case "actual": return node.page == page
        case "abierto": return open.contains(node.page)
        case "tiene_hijos": return open.contains(node.page) && !node.children.isEmpty
        case "tiene_mas": return !open.contains(node.page) && !node.children.isEmpty
        case "hijos": return open.contains(node.page) ? entries(node.children) : []
        default: return nil
        }
    }
}
