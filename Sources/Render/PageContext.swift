import Link
import Model
import Theme

/// The values a page template sees. Keys are Spanish so designers can read the templates;
/// every key is always present, so Mustache never picks up a parent's value by accident.
struct PageContext {
    /// Pages made from an organization's data live here.
    static let organizationsFolder = "organizaciones/"

    let site: LinkedSite
    let strings: [String: String]
    /// Each page's folder, numbered: relative URLs from two pages of one folder are the same.
    private let folders: [Int]
    /// The page `libro.yml`'s `acerca` names, which every footer links to.
    private let about: LinkedPage?
    /// True when the build prints PDFs: pages printed whole link theirs.
    let linkingPDFs: Bool
    /// «Edición del 30 de noviembre de 2026», when `libro.yml` gives the edition's date.
    private let edition: String?
    private let places: NavigationPlaces
    private let printStyle: PrintStyle
    /// What every template sees, by folder number: it depends on the page's folder only, and
    /// making it for each page was 2.2 % of the 1 000-page corpus's instructions (callgrind).
    private var commons = FolderContexts()

    init(site: LinkedSite, strings: [String: String], linkingPDFs: Bool = false) {
        self.site = site
        self.strings = strings
        self.linkingPDFs = linkingPDFs
        about = site.config.aboutPage.flatMap { id in site.pages.first { $0.id == id } }
        edition = site.config.edition.map { date in
            (strings["edicion"] ?? "{fecha}").replacingOccurrences(of: "{fecha}", with: date.spanishDate)
        }
        places = NavigationPlaces(
            site.navigation, pageCount: site.pages.count, limit: site.config.navigationLimit)
        var numbers: [Substring: Int] = [:]
        folders = site.pages.map { page in
            let folder = page.outputPath.lastIndex(of: "/").map { page.outputPath[..<$0] } ?? ""
            if let number = numbers[folder] { return number }
            numbers[folder] = numbers.count
            return numbers.count - 1
        }
        printStyle = PrintStyle(strings: strings, paper: site.config.paper.cssSize, edition: edition)
        var firstOfFolder: [Int: String] = [:]
        for (index, folder) in folders.enumerated() where firstOfFolder[folder] == nil {
            firstOfFolder[folder] = site.pages[index].outputPath
        }
        commons = FolderContexts(byFolder: (0..<firstOfFolder.count).map { common(at: firstOfFolder[$0] ?? "") })
    }

    /// The page's values, each made when its template first reads it (`PageValues`).
    func make(page index: Int, content: String) -> TemplateObject {
        PageValues(context: self, index: index, content: content, common: commons.byFolder[folders[index]]).object
    }

    /// A link to page `other` as page `index`'s templates show it: an object, since a page links
    /// to dozens (its backlinks) and a dictionary for each was most of what they cost.
    func reference(_ other: Int, from index: Int) -> TemplateObject {
        // Read through the array: copying a whole page to name it retained every array it holds.
        TemplateObject { [pages = site.pages] name in
            switch name {
            case "titulo": pages[other].linkTitle
            case "url": URLPath.relative(from: pages[index].outputPath, to: pages[other].outputPath)
            default: nil
            }
        }
    }

    /// The navigation tree as page `index` shows it.
    func navigation(from index: Int) -> [TemplateObject] {
        NavigationContext.make(
            site.navigation, site: site, from: index, folder: folders[index], places: places, strings: strings)
    }

    /// The pages a large section's own page lists, or none.
    func fullList(of index: Int) -> [Int] {
        (places.largeSections[index] ?? []).map(\.page)
    }

    /// What the page's printed sheets say in their margins: its title and organization, and
    /// the title of each worksheet it prints.
    func printing(page index: Int) -> [String: Any] {
        let page = site.pages[index]
        let style = printStyle
        let blocks = BlockContext(site: site, index: index)
        let sheets = page.blocks.enumerated().flatMap { blocks.printedSheets($1, blockIndex: $0) }
        return style.make(
            header: style.header(title: page.numberedTitle, organization: organization(of: page)?.name), sheets: sheets)
    }

    /// The organization whose folder holds the page.
    private func organization(of page: LinkedPage) -> Organization? {
        guard page.outputPath.hasPrefix(Self.organizationsFolder) else { return nil }
        let slug = page.outputPath.dropFirst(Self.organizationsFolder.count).prefix { $0 != "/" }
        return site.organization(String(slug))
    }

    /// What every template sees, pages and the 404 page alike.
    func common(at path: String) -> [String: Any] {
        let root = URLPath.rootPrefix(from: path)
        return [
            "idioma": site.config.language,
            "sitio": [
                "titulo": site.config.title,
                "descripcion": site.config.description,
                "creditos": site.config.credits,
                "tiene_acerca": about != nil,
                "edicion": edition ?? "",
                "tiene_edicion": edition != nil,
                "acerca": [
                    "titulo": about?.title ?? "",
                    "enlace": about.map { URLPath.relative(from: path, to: $0.outputPath) } ?? "",
                ],
                "tiene_enlaces_pie": !site.config.footerLinks.isEmpty,
                "enlaces_pie": site.config.footerLinks.map { link in
                    ["titulo": link.title, "enlace": link.isRelative ? root + link.target : link.target]
                },
            ],
            "textos": strings,
            "papel": site.config.paper.cssSize,
            "impresion": printStyle.make(header: site.config.title),
            "raiz": root,
            "recursos": root + SiteLayout.assetsFolder + "/",
            "inicio": URLPath.relative(from: path, to: site.pages.first?.outputPath ?? "index.html"),
        ]
    }
}

/// The common context of each folder, made once and only read after: texts, flags, lists and
/// dictionaries, values that threads may share.
private struct FolderContexts: @unchecked Sendable {
    var byFolder: [[String: Any]] = []
}
