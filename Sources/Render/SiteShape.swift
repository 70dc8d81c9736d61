import Link
import Model

/// What a page reads from the rest of the site when it renders: the title, number and place of
/// every page, the navigation, the glossary, sessions, worksheets, organizations, the config and
/// the theme. (Links to copied files are resolved when linking, into the page's own inputs.) While the shape stays the same, a page whose own inputs did not change renders to
/// the same bytes as before.
struct SiteShape: Equatable {
    /// What other pages read of a page.
    struct Page: Equatable {
        let id: String
        let title: String
        let number: String?
        /// Whether the navigation and links show the number (`numero_en_enlaces`).
        let numberInLinks: Bool
        let summary: String?
        let outputPath: String
        let breadcrumbs: [Int]
        /// Agenda blocks and the lists of sessions read it.
        let carta: LinkedCarta?
        /// Copies and print packs read them.
        let worksheets: [WorksheetSpec]
    }

    /// A page's headings as worksheet cards quote them.
    struct Quoted: Equatable {
        struct Heading: Equatable {
            let level: Int
            let text: String
            let lead: String?
        }

        let anchors: [String]
        let headings: [Heading]
    }

    let pages: [Page]
    let navigation: [NavigationNode]
    /// Anchors and headings of the pages whose headings worksheets turn into cards.
    let quoted: [Int: Quoted]
    let glossary: [GlossaryEntry]
    let sessions: [Int: Int]
    let worksheets: [String: Int]
    let organizations: [Organization]
    let config: SiteConfig
    let theme: LoadedTheme

    init(site: LinkedSite, theme: LoadedTheme) {
        pages = site.pages.map { page in
            Page(
                id: page.id, title: page.title, number: page.number, numberInLinks: page.numberInLinks,
                summary: page.summary,
                outputPath: page.outputPath, breadcrumbs: page.breadcrumbs, carta: page.carta,
                worksheets: page.blocks.compactMap { block in
                    if case .worksheet(let spec) = block.content { spec } else { nil }
                })
        }
        var quoted: [Int: Quoted] = [:]
        let quotedIDs = Set(
            pages.flatMap(\.worksheets).flatMap(\.parts).compactMap { part in
                if case .cards(let page, _, _) = part { page } else { nil }
            })
        for (index, page) in site.pages.enumerated() where quotedIDs.contains(page.id) {
            quoted[index] = Quoted(
                anchors: page.anchors,
                headings: page.headings.map { Quoted.Heading(level: $0.level, text: $0.text, lead: $0.lead) })
        }
        self.quoted = quoted
        navigation = site.navigation
        glossary = site.glossary
        sessions = site.sessions
        worksheets = site.worksheets
        organizations = site.organizations
        config = site.config
        self.theme = theme
    }

}
