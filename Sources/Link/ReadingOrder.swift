import Diagnostics
import Model

/// The order «anterior / siguiente» follow. It is the navigation tree's, except for the pages
/// `orden_de_lectura` in `libro.yml` lists: those are read one after the other, in the list's
/// order, from where the first of them stands in the tree. A listed section brings along the
/// pages under it, in tree order, unless the list places them itself. Every page not listed keeps
/// its place in the tree's order around them.
enum ReadingOrder {
    /// Gives every page the neighbours the reading order says.
    static func apply(
        _ listed: [LocatedText], to pages: inout [LinkedPage], pageByID: [String: Int],
        diagnostics: inout DiagnosticList
    ) {
        let order = sequence(listed, pages: pages, pageByID: pageByID, diagnostics: &diagnostics)
        for (position, page) in order.enumerated() {
            pages[page].previous = position > 0 ? order[position - 1] : nil
            pages[page].next = position + 1 < order.count ? order[position + 1] : nil
        }
    }

    /// Page indices in reading order (the pages' own order is the tree's).
    static func sequence(
        _ listed: [LocatedText], pages: [LinkedPage], pageByID: [String: Int], diagnostics: inout DiagnosticList
    ) -> [Int] {
        let named = resolve(listed, pageByID: pageByID, diagnostics: &diagnostics)
        let block = expand(named, pages: pages)
        guard let anchor = named.first else { return Array(pages.indices) }
        let moved = Set(block)
        var order: [Int] = []
        for page in pages.indices {
            if page == anchor {
                order += block
            } else if !moved.contains(page) {
                order.append(page)
            }
        }
        return order
    }

    /// The listed pages, each once; an id no page has, or one listed twice, is reported where it is
    /// written.
    private static func resolve(
        _ listed: [LocatedText], pageByID: [String: Int], diagnostics: inout DiagnosticList
    ) -> [Int] {
        var named: [Int] = []
        for item in listed {
            guard let page = pageByID[item.text] else {
                diagnostics.append(
                    .error(
                        "ref-no-encontrada",
                        "no existe ninguna página con el id «\(item.text)», que `orden_de_lectura` pone en el orden de lectura\(Suggestion.phrase(for: item.text, in: pageByID.keys))",
                        at: item.location))
                continue
            }
            guard !named.contains(page) else {
                diagnostics.append(
                    .error(
                        "orden-repetido",
                        "«\(item.text)» ya está antes en `orden_de_lectura`; una página se lee una sola vez, quita una de las dos",
                        at: item.location))
                continue
            }
            named.append(page)
        }
        return named
    }

    /// The listed pages in the list's order, each section followed by the pages under it that the
    /// list does not place itself; a page goes with the nearest listed section above it.
    private static func expand(_ named: [Int], pages: [LinkedPage]) -> [Int] {
        let placed = Set(named)
        var brought: [Int: [Int]] = [:]
        for page in pages.indices where !placed.contains(page) {
            if let section = pages[page].breadcrumbs.last(where: placed.contains) {
                brought[section, default: []].append(page)
            }
        }
        return named.flatMap { [$0] + (brought[$0] ?? []) }
    }
}
