import Link
import Theme

/// The navigation tree as seen from one page: URLs relative to it, the page itself marked
/// `actual`, and only the sections on the way to it (`abierto`) showing what they hold, so every
/// page carries a short tree however large the package grows. A section with more entries than
/// `navegacion_maxima` shows a window of them (`NavigationWindow`) and, where it is cut, an
/// entry (`es_resto`) linking to the section's page, which lists them all, or «…» (`es_corte`).
/// Entries are `TemplateObject`s: each page has dozens, and only the fields the theme shows are
/// worked out.
final class NavigationContext {
    /// The anchor of the full list on a large section's page.
    static let fullListAnchor = "libro_paginas"

    private let site: LinkedSite
    private let page: Int
    private let here: String
    private let open: Set<Int>
    /// The number of this page's folder, which its relative URLs depend on.
    private let folder: Int
    /// The pages on the way to this one, from the top: the open entries.
    private let trail: [Int]
    private let places: NavigationPlaces
    private let strings: [String: String]

    private init(site: LinkedSite, page: Int, folder: Int, places: NavigationPlaces, strings: [String: String]) {
        self.site = site
        self.page = page
        here = site.pages[page].outputPath
        self.folder = folder
        trail = site.pages[page].breadcrumbs + [page]
        open = Set(trail)
        self.places = places
        self.strings = strings
    }

    static func make(
        _ nodes: [NavigationNode], site: LinkedSite, from page: Int, folder: Int, places: NavigationPlaces,
        strings: [String: String]
    ) -> [TemplateObject] {
        let context = NavigationContext(site: site, page: page, folder: folder, places: places, strings: strings)
        return context.entries(nodes, section: NavigationPlaces.homeSection(of: nodes))
    }

    /// `section` is the page whose own page lists `nodes`, the target of the link to the rest.
    private func entries(_ nodes: [NavigationNode], section: Int?) -> [TemplateObject] {
        // Found among the few open pages, not by walking the section: a page's navigation must
        // cost the same in a section of a thousand pages as in one of ten.
        let focus = trail.lazy.compactMap { [places] in places.position(of: $0, in: nodes) }.first
        let limit = section == nil ? nodes.count : site.config.navigationLimit
        let window = NavigationWindow(count: nodes.count, limit: limit, around: focus)
        var entries = nodes[window.shown].map(entry)
        guard !window.isWhole, let section else { return entries }
        // The link to the rest stands where the window is cut (at its end, or at its start when
        // only the start is cut), and a «…» marks the other cut.
        let rest = extra(.rest, of: section, count: nodes.count)
        if window.cutsAfter {
            if window.cutsBefore { entries.insert(extra(.cut, of: section, count: nodes.count), at: 0) }
            entries.append(rest)
        } else {
            entries.insert(rest, at: 0)
        }
        return entries
    }

    private func entry(_ node: NavigationNode) -> TemplateObject {
        // A closed entry looks the same from every page of a folder (its URL depends only on
        // the folder), so the template's output for it is reused; an open one holds the path
        // to this page.
        let memo = open.contains(node.page) ? nil : TemplateObject.Memo(node.page, folder, node.page == page ? 1 : 0)
        return TemplateObject(memo: memo) { [self] name in field(name, of: node) }
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
        case "hijos": return open.contains(node.page) ? entries(node.children, section: node.page) : []
        case "es_resto", "es_corte": return false
        default: return nil
        }
    }
}

extension NavigationContext {
    /// The entries a window adds: «…» where it is cut, and the link to the whole list.
    enum Extra: Int {
        case cut = 2
        case rest = 3
    }

    /// A plain entry (`titulo`, `url`) that links to the section's full list, so a theme's older
    /// `arbol.mustache` still shows it as a link; the same from every page of a folder.
    private func extra(_ kind: Extra, of section: Int, count: Int) -> TemplateObject {
        // The title and URL are made only when a template reads them: the same entry from every
        // page of a folder reuses what the template wrote, and making the title for each page
        // anyway was 1.8 % of the 1 000-page corpus's instructions (callgrind).
        TemplateObject(memo: TemplateObject.Memo(section, folder, kind.rawValue)) { [self] name in
            switch name {
            case "titulo": title(kind, of: section, count: count)
            case "url": URLPath.relative(from: here, to: site.pages[section].outputPath) + "#" + Self.fullListAnchor
            case "es_corte": kind == .cut
            case "es_resto": kind == .rest
            case "parte", "numero": ""
            case "tiene_parte", "tiene_numero", "actual", "abierto", "tiene_hijos", "tiene_mas": false
            case "hijos": [TemplateObject]()
            default: nil
            }
        }
    }

    private func title(_ kind: Extra, of section: Int, count: Int) -> String {
        switch kind {
        case .cut: strings["navegacion_corte"] ?? "…"
        case .rest:
            (strings["navegacion_resto"] ?? "{cuantas} · {seccion}")
                .replacingOccurrences(of: "{cuantas}", with: SpanishNumber.grouped(count))
                .replacingOccurrences(of: "{seccion}", with: site.pages[section].title)
        }
    }
}
