import Diagnostics
import Foundation
import Model

/// Resolves the links of a page against the id → page and path → page tables.
/// Pure: reads the tables, returns targets and diagnostics.
struct LinkResolver {
    /// The cross-reference scheme: `[texto](ref:id)` or `[texto](ref:id#ancla)`.
    static let referenceScheme = "ref:"

    struct Target {
        let page: Int
        let anchor: String?
    }

    let sources: [SourcePage]
    let pages: [LinkedPage]
    let pageByID: [String: Int]
    let pageByPath: [String: Int]
    /// By output path (`guia/introduccion.html`), for links written for mdBook's output.
    let pageByOutput: [String: Int]
    let staticPaths: Set<String>
    let citations: CitationTable
    /// Whether a link to a page's `.html` name is reported (`avisar_enlaces_html` in libro.yml).
    var warnsHTMLLinks = true

    /// The link's new target, and the page it points to when it is internal.
    func resolve(
        _ link: LinkOccurrence,
        from page: Int,
        diagnostics: inout DiagnosticList
    ) -> (link: ResolvedLink?, target: Int?) {
        let destination = link.destination
        if let scheme = LinkTargetRules.refusedScheme(of: destination) {
            diagnostics.append(
                .error(
                    "enlace-peligroso",
                    "un enlace «\(scheme):» ejecuta código o mete datos en la página, y libro no lo publica; enlaza una página (`ref:id`), un archivo de la carpeta de contenido o una dirección https://",
                    at: link.location
                )
            )
            return (nil, nil)
        }
        if destination.hasPrefix(CitationTable.scheme) {
            return citation(link, from: page, diagnostics: &diagnostics)
        }
        if LinkTargetRules.rooted(destination) == .network {
            diagnostics.append(Self.networkPathError(destination, at: link.location))
            return (nil, nil)
        }
        guard !destination.isEmpty, !Self.isExternal(destination) else { return (nil, nil) }
        guard let target = target(of: link, from: page, diagnostics: &diagnostics) else { return (nil, nil) }
        // Fields are read through the array: a page value holds many arrays to retain.
        var url =
            target.page == page && target.anchor != nil
            ? "" : URLPath.relative(from: pages[page].outputPath, to: pages[target.page].outputPath)
        var fill: String? = link.hasEmptyText ? pages[target.page].linkTitle : nil
        if let anchor = target.anchor {
            url += "#" + anchor
            if link.hasEmptyText, let index = pages[target.page].heading(anchored: anchor) {
                fill = sources[pages[target.page].source].headings[index].text
            }
        }
        return (ResolvedLink(destination: url, fillText: fill), target.page)
    }

    /// `cita:clave`: the entry of that key in a `referencias` block, on whatever page holds it.
    private func citation(_ link: LinkOccurrence, from page: Int, diagnostics: inout DiagnosticList)
        -> (link: ResolvedLink?, target: Int?)
    {
        let key = String(link.destination.dropFirst(CitationTable.scheme.count))
        guard let entry = citations.entries[key] else {
            diagnostics.append(
                .error(
                    "cita-no-encontrada",
                    "ninguna referencia tiene la clave «\(key)»\(Suggestion.phrase(for: key, in: citations.entries.keys)); añade `clave: \(key)` a su entrada en un bloque `referencias`",
                    at: link.location))
            return (nil, nil)
        }
        let path =
            entry.page == page ? "" : URLPath.relative(from: pages[page].outputPath, to: pages[entry.page].outputPath)
        let fill = link.hasEmptyText ? CitationTable.fill(for: entry.reference) : nil
        return (ResolvedLink(destination: path + "#" + entry.anchor, fillText: fill), entry.page)
    }

    private func target(of link: LinkOccurrence, from page: Int, diagnostics: inout DiagnosticList) -> Target? {
        let destination = link.destination
        let (path, fragment) = Self.splitFragment(destination)
        if destination.hasPrefix(Self.referenceScheme) {
            let id = String(path.dropFirst(Self.referenceScheme.count))
            guard let target = pageByID[id] else {
                diagnostics.append(
                    .error(
                        "ref-no-encontrada",
                        "no existe ninguna página con el id «\(id)»\(Self.suggestion(for: id, in: pageByID.keys, diagnostics))",
                        at: link.location
                    )
                )
                return nil
            }
            return anchored(target, fragment, link, &diagnostics)
        }
        if path.isEmpty { return anchored(page, fragment, link, &diagnostics) }
        if LinkTargetRules.rooted(path) == .root {
            diagnostics.append(
                .error(
                    "ruta-absoluta",
                    "«\(destination)» empieza con `/` y no funcionaría al abrir el sitio desde una carpeta; usa una ruta relativa o `ref:id`",
                    at: link.location
                )
            )
            return nil
        }
        let folder = ContentTree.folder(of: sources[pages[page].source].path)
        guard let resolved = Self.join(folder, Self.decoded(path)) else {
            diagnostics.append(
                .error(
                    "ruta-fuera-de-contenido",
                    "«\(destination)» sale de la carpeta de contenido; enlaza solo archivos que estén dentro, y otro sitio por su dirección completa, con https://",
                    at: link.location
                )
            )
            return nil
        }
        if let target = pageByPath[resolved] { return anchored(target, fragment, link, &diagnostics) }
        if staticPaths.contains(resolved) { return nil }
        if resolved.hasSuffix(".html"), let target = pageByOutput[resolved] {
            if warnsHTMLLinks {
                diagnostics.append(Self.htmlLinkWarning(destination, to: target, sources, pages, link))
            }
            return anchored(target, fragment, link, &diagnostics)
        }
        let suggestion =
            resolved.hasSuffix(".md")
            ? Self.suggestion(for: resolved, in: pageByPath.keys, diagnostics)
            : Self.suggestion(for: resolved, in: staticPaths, diagnostics)
        diagnostics.append(
            .error(
                "archivo-no-encontrado",
                "no existe el archivo «\(resolved)» al que enlaza «\(destination)»\(suggestion)",
                at: link.location
            )
        )
        return nil
    }

    /// mdBook links its output's names (`capitulo.html`); they are taken as links to the page.
    private static func htmlLinkWarning(
        _ destination: String, to target: Int, _ sources: [SourcePage], _ pages: [LinkedPage], _ link: LinkOccurrence
    ) -> Diagnostic {
        .warning(
            "enlace-html",
            "«\(destination)» es el nombre que otro generador da a «\(sources[pages[target].source].path)»: libro lo toma como enlace a esa página; enlaza el archivo `.md` o usa `ref:id`, o escribe `avisar_enlaces_html: false` en libro.yml para no ver este aviso",
            at: link.location)
    }

    /// Checks the fragment against the target page's heading anchors.
    private func anchored(
        _ page: Int,
        _ fragment: String?,
        _ link: LinkOccurrence,
        _ diagnostics: inout DiagnosticList
    ) -> Target? {
        guard let fragment, !fragment.isEmpty else { return Target(page: page, anchor: nil) }
        let anchor = Self.decoded(fragment)
        guard pages[page].heading(anchored: anchor) != nil else {
            diagnostics.append(
                .error(
                    "ancla-no-encontrada",
                    "la página «\(pages[page].numberedTitle)» (\(sources[pages[page].source].location.file)) no tiene el encabezado «#\(anchor)»\(Self.suggestion(for: anchor, in: pages[page].anchors, diagnostics))",
                    at: link.location
                )
            )
            return nil
        }
        return Target(page: page, anchor: anchor)
    }

    /// Problems of one page that get a "did you mean": each compares the name with every
    /// candidate, so suggesting for every one of thousands of broken links on a page of
    /// thousands of headings took time that grew as their product.
    static let suggestedProblems = 20

    /// ` ¿quisiste decir «x»?` while the page has had fewer than `suggestedProblems` problems.
    private static func suggestion(
        for word: String, in candidates: some Sequence<String>, _ diagnostics: DiagnosticList
    ) -> String {
        diagnostics.all.count < suggestedProblems ? Suggestion.phrase(for: word, in: candidates) : ""
    }

    /// `http:`, `mailto:` and other schemes other than `ref:` leave the site.
    static func isExternal(_ destination: String) -> Bool {
        // Searched as bytes: every character that matters here is ASCII.
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")), !destination.hasPrefix(referenceScheme)
        else { return false }
        let scheme = destination.utf8[..<colon]
        return !scheme.isEmpty
            && scheme.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
    }

    /// `//ejemplo.org/x` takes the scheme of the page: `file:` once the site is opened from a
    /// folder, so it would not even reach that site.
    static func networkPathError(_ destination: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "enlace-sin-esquema",
            "«\(destination)» empieza con `//` y no dice cómo abrirse: desde una carpeta buscaría un archivo del equipo; escribe la dirección completa con https:// o enlaza una página con `ref:id`",
            at: location
        )
    }

    /// `%C3%B1` as `ñ`; most targets have no `%`, and Foundation's decoding is slow.
    static func decoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
    }

    static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.utf8.index(after: hash)...]))
    }

    /// `folder` + relative `path`, normalized; nil when `..` climbs above the content root.
    static func join(_ folder: String, _ path: String) -> String? {
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
