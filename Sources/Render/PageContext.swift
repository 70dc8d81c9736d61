import Link
import Model

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
    private let linkingPDFs: Bool
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

    func make(page index: Int, content: String) -> [String: Any] {
        let page = site.pages[index]
        let here = page.outputPath
        // Read through the array: copying a whole page to name it retained every array it holds.
        func reference(_ other: Int) -> [String: Any] {
            [
                "titulo": site.pages[other].linkTitle,
                "url": URLPath.relative(from: here, to: site.pages[other].outputPath),
            ]
        }
        var context = commons.byFolder[folders[index]]
        context["pagina"] = [
            "titulo": page.title,
            "numero": page.number ?? "",
            "tiene_numero": page.number != nil,
            "titulo_completo": page.numberedTitle,
            "resumen": page.summary ?? "",
            "tiene_resumen": page.summary != nil,
            "contenido": content,
            "es_inicio": index == 0,
            "tiene_pdf": linkingPDFs && page.printsAsDocument,
            "pdf": URLPath.relative(from: here, to: page.pdfPath),
        ]
        context["indice"] = page.tableOfContents.map { ["nivel": $0.level, "texto": $0.text, "ancla": $0.anchor] }
        context["tiene_indice"] = !page.tableOfContents.isEmpty
        context["migas"] = page.breadcrumbs.map(reference)
        context["tiene_migas"] = !page.breadcrumbs.isEmpty
        context["anterior"] = page.previous.map(reference) ?? false
        context["siguiente"] = page.next.map(reference) ?? false
        // Sessions that work on a page, and an organization's pages that apply it, are what readers
        // look for, so each gets its own list.
        let (sessions, others) = page.backlinks.partitioned { site.pages[$0].carta != nil }
        let (applied, mentions) = others.partitioned { site.pages[$0].outputPath.hasPrefix(Self.organizationsFolder) }
        context["trabajan"] = sessions.map(reference)
        context["tiene_trabajan"] = !sessions.isEmpty
        context["aplicado"] = applied.map(reference)
        context["tiene_aplicado"] = !applied.isEmpty
        context["menciones"] = mentions.map(reference)
        context["tiene_menciones"] = !mentions.isEmpty
        context["productos"] = page.products.map(reference)
        context["tiene_productos"] = !page.products.isEmpty
        context["impresion"] = printing(page: index)
        context["navegacion"] = [
            "hijos": NavigationContext.make(
                site.navigation,
                site: site,
                from: index,
                folder: folders[index],
                places: places,
                strings: strings
            )
        ]
        // A section larger than `navegacion_maxima` lists all its pages on its own page, as its
        // navigation no longer does.
        let fullList = places.largeSections[index] ?? []
        context["lista_completa"] = fullList.map { reference($0.page) }
        context["tiene_lista_completa"] = !fullList.isEmpty
        return context
    }

    /// What the page's printed sheets say in their margins: its title and organization, and
    /// the title of each worksheet it prints.
    private func printing(page index: Int) -> [String: Any] {
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

extension Array {
    /// The elements that satisfy `belongs`, then the rest, each in their original order.
    fileprivate func partitioned(_ belongs: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = []
        var no: [Element] = []
        for element in self {
            if belongs(element) { yes.append(element) } else { no.append(element) }
        }
        return (yes, no)
    }
}
