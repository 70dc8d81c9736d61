import Diagnostics
import Model
import Workers

/// LINK: places pages in the navigation tree, numbers them, resolves every cross-reference and
/// collects backlinks. Pure: plain values in, plain values and diagnostics out.
public enum SiteLinker {
    public static func link(
        pages sources: [SourcePage],
        staticFiles: [StaticFile],
        config: SiteConfig,
        method: PackageMethod = PackageMethod(),
        organizations: [Organization] = [],
        summary: BookSummary? = nil,
        displayRoot: String
    ) -> (LinkedSite, DiagnosticList) {
        var diagnostics = DiagnosticList()
        PageIdentity.checkClashes(
            sources, staticFiles: staticFiles, displayRoot: displayRoot, diagnostics: &diagnostics)
        // With a summary, folders are only where files are kept, not sections.
        let tree = ContentTree(
            pages: sources, displayRoot: displayRoot, foldersAreSections: summary == nil, diagnostics: &diagnostics)
        var placement = Placement(sources: sources, tree: tree, summary: summary)
        placement.placeAll()
        var pages = placement.pages

        var pageByID: [String: Int] = [:]
        var pageByPath: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            pageByID[page.id] = pageByID[page.id] ?? index
            pageByPath[sources[page.source].path] = index
        }
        checkAboutPage(config, ids: pageByID, displayRoot: displayRoot, diagnostics: &diagnostics)
        ReadingOrder.apply(config.readingOrder, to: &pages, pageByID: pageByID, diagnostics: &diagnostics)
        var resolver = LinkResolver(
            sources: sources, pages: pages, pageByID: pageByID, pageByPath: pageByPath,
            pageByOutput: Dictionary(pages.enumerated().map { ($1.outputPath, $0) }, uniquingKeysWith: { $1 }),
            // The calendars are written with the site, so pages may link them like any file.
            staticPaths: Set(staticFiles.map(\.path) + CalendarFiles.all(organizations)),
            citations: CitationTable(pages: pages, sources: sources, diagnostics: &diagnostics))
        resolver.warnsHTMLLinks = config.warnsHTMLLinks
        resolveLinks(of: &pages, sources: sources, with: resolver, diagnostics: &diagnostics)
        let sessions = sessionPages(pages, diagnostics: &diagnostics)
        MethodCheck.check(
            method, cartas: pages.compactMap(\.carta?.header), sessions: sessions, diagnostics: &diagnostics)
        // Pages that say they are products of a session (an organization's) are listed on its carta.
        for (index, page) in pages.enumerated() {
            for number in sources[page.source].sessions {
                if let carta = sessions[number], carta != index { pages[carta].products.append(index) }
            }
        }
        let schema = method.organization.map { DataViewSchema.make($0) }
        let checker = DataReferenceChecker(
            pages: pages, sources: sources, pageByID: pageByID, sessions: sessions, organizations: organizations,
            method: method.organization, schema: schema)
        checker.check(diagnostics: &diagnostics)
        AgendaSettingsCheck.check(
            organizations, cartas: { sessions[$0].flatMap { pages[$0].carta } }, method: method.organization?.agenda,
            diagnostics: &diagnostics)
        let site = LinkedSite(
            config: config, pages: pages, navigation: placement.navigation, staticFiles: staticFiles,
            glossary: GlossaryBuilder.entries(pages: pages, sources: sources, diagnostics: &diagnostics),
            sessions: sessions, organizations: organizations, worksheets: checker.worksheets, method: method,
            views: views(organizations, method.organization), dataSchema: schema)
        return (site, diagnostics)
    }

    /// Each organization's data as pages and worksheets read it, worked out once per build.
    private static func views(_ organizations: [Organization], _ method: OrganizationMethod?) -> [String: DataView] {
        guard let method else { return [:] }
        var views: [String: DataView] = [:]
        for organization in organizations {
            views[organization.slug] = DataView(organization: organization, method: method)
        }
        return views
    }

    /// Every page's links resolved, its backlinks collected and its carta's times worked out.
    private static func resolveLinks(
        of pages: inout [LinkedPage], sources: [SourcePage], with resolver: LinkResolver,
        diagnostics: inout DiagnosticList
    ) {
        // Each page's links resolve on their own, on every core; problems keep the pages' order.
        let resolved = Parallel.map(pages.count) { [pages] index in
            var problems = DiagnosticList()
            let links = sources[pages[index].source].links.map { link in
                resolver.resolve(link, from: index, diagnostics: &problems)
            }
            return (links, problems)
        }
        var backlinks = Array(repeating: Set<Int>(), count: pages.count)
        for (index, (links, problems)) in resolved.enumerated() {
            diagnostics.append(contentsOf: problems)
            pages[index].links = links.map(\.link)
            for target in links.compactMap(\.target) where target != index { backlinks[target].insert(index) }
        }
        for index in pages.indices {
            pages[index].backlinks = backlinks[index].sorted()
            pages[index].carta = AgendaBuilder.carta(
                of: sources[pages[index].source], anchors: pages[index].anchors, diagnostics: &diagnostics)
        }
    }

    /// `acerca` in `libro.yml` names a page every footer links to.
    private static func checkAboutPage(
        _ config: SiteConfig, ids: [String: Int], displayRoot: String, diagnostics: inout DiagnosticList
    ) {
        guard let about = config.aboutPage, ids[about] == nil else { return }
        diagnostics.append(
            .error(
                "ref-no-encontrada",
                "no existe ninguna página con el id «\(about)», que `acerca` pone en el pie de cada página\(Suggestion.phrase(for: about, in: ids.keys))",
                at: config.aboutPageLocation ?? SourceLocation(file: "\(displayRoot)/libro.yml")))
    }
}

/// Session number → page, each number on one carta only.
private func sessionPages(_ pages: [LinkedPage], diagnostics: inout DiagnosticList) -> [Int: Int] {
    var sessions: [Int: Int] = [:]
    for (index, page) in pages.enumerated() {
        guard let header = page.carta?.header, let number = header.session else { continue }
        if let first = sessions[number] {
            diagnostics.append(
                .error(
                    "sesion-repetida",
                    "la sesión \(number) ya tiene su carta en «\(pages[first].numberedTitle)»; cambia el número de una de las dos",
                    at: header.sessionLocation ?? SourceLocation(file: page.outputPath)
                )
            )
        } else {
            sessions[number] = index
        }
    }
    return sessions
}

/// Walks the tree depth first, giving each page its number, breadcrumbs and neighbours.
struct Placement {
    let sources: [SourcePage]
    let tree: ContentTree
    let summary: BookSummary?
    private(set) var pages: [LinkedPage] = []
    var navigation: [NavigationNode] = []
    var drafts: [(source: Int, number: String?, breadcrumbs: [Int])] = []

    init(sources: [SourcePage], tree: ContentTree, summary: BookSummary?) {
        self.sources = sources
        self.tree = tree
        self.summary = summary
    }

    mutating func placeAll() {
        if let home = tree.home { drafts.append((home, nil, [])) }
        let homeTrail = tree.home == nil ? [] : [0]
        if let summary {
            navigation = place(summary, trail: homeTrail)
        } else {
            navigation = place(folder: "", number: nil, scheme: .none, trail: homeTrail)
        }
        // Each page's anchors and table of contents are its own: worked out on every core.
        pages = Parallel.map(drafts.count) { [drafts, sources] index in
            let draft = drafts[index]
            let source = sources[draft.source]
            let anchors = Slug.unique(source.headings.map(\.text))
            return LinkedPage(
                source: draft.source,
                id: PageIdentity.id(of: source),
                title: source.frontMatter.title,
                number: draft.number,
                summary: source.frontMatter.summary,
                outputPath: PageIdentity.outputPath(of: source),
                anchors: anchors,
                headingByAnchor: Dictionary(
                    anchors.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }),
                headings: source.headings,
                tableOfContents: zip(source.headings, anchors).compactMap { heading, anchor in
                    heading.level <= 3
                        ? TableOfContentsEntry(level: heading.level, text: heading.text, anchor: anchor) : nil
                },
                links: [],
                backlinks: [],
                breadcrumbs: draft.breadcrumbs,
                previous: index > 0 ? index - 1 : nil,
                next: index + 1 < drafts.count ? index + 1 : nil,
                blocks: source.blocks,
                carta: nil,
                products: [],
                numberInLinks: source.frontMatter.numberInLinks
            )
        }
    }

    /// Places what `folder` holds; `number` and `scheme` are the folder's own number and the
    /// numbering its children get.
    private mutating func place(folder: String, number: String?, scheme: Numbering, trail: [Int]) -> [NavigationNode] {
        var nodes: [NavigationNode] = []
        for (offset, child) in tree.children(of: folder).enumerated() {
            let source: Int
            switch child {
            case .page(let page): source = page
            case .section(let subfolder):
                guard let index = tree.sectionPages[subfolder] else { continue }
                source = index
            }
            let frontMatter = sources[source].frontMatter
            let childNumber =
                frontMatter.number ?? Numberer.number(position: offset + 1, parent: number, scheme: scheme)
            let index = drafts.count
            drafts.append((source, childNumber, trail))
            var children: [NavigationNode] = []
            if case .section(let subfolder) = child {
                children = place(
                    folder: subfolder,
                    number: childNumber,
                    scheme: frontMatter.numbering ?? scheme,
                    trail: trail + [index]
                )
            }
            nodes.append(NavigationNode(page: index, children: children))
        }
        return nodes
    }
}
