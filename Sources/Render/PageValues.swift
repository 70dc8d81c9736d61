import Link
import Model
import Theme

/// One page's values for its template, each made the first time the template reads it: a page
/// template reads its root names by a switch, not by hashing them into a dictionary, and lists a
/// theme leaves out (or a page has none of) are never made.
final class PageValues {
    private let context: PageContext
    private let index: Int
    private let content: String
    /// The values shared by the page's folder (`idioma`, `sitio`, `textos`…).
    private let common: [String: Any]

    init(context: PageContext, index: Int, content: String, common: [String: Any]) {
        self.context = context
        self.index = index
        self.content = content
        self.common = common
    }

    var object: TemplateObject { TemplateObject { [self] name in value(name) } }

    /// Fields are read through the array: copying a page to read one retains every array it holds.
    private var pages: [LinkedPage] { context.site.pages }

    /// Sessions that work on a page, and an organization's pages that apply it, are what readers
    /// look for, so each gets its own list.
    private lazy var backlinks: (sessions: [Int], applied: [Int], mentions: [Int]) = {
        let site = context.site
        let (sessions, others) = pages[index].backlinks.partitioned { site.pages[$0].carta != nil }
        let (applied, mentions) = others.partitioned {
            site.pages[$0].outputPath.hasPrefix(PageContext.organizationsFolder)
        }
        return (sessions, applied, mentions)
    }()

    /// Made from copies, not from `self`, which holds it.
    private lazy var pageObject: TemplateObject = { [context, index, content] in
        TemplateObject { name in Self.pageField(name, context: context, index: index, content: content) }
    }()
    private lazy var printing: [String: Any] = context.printing(page: index)

    private func value(_ name: String) -> Any? {
        switch name {
        case "pagina": pageObject
        case "textos": context.strings
        case "recursos", "raiz", "sitio", "idioma", "papel", "inicio": common[name]
        case "impresion": printing
        case "navegacion": ["hijos": context.navigation(from: index)]
        case "indice": pages[index].tableOfContents.map { ["nivel": $0.level, "texto": $0.text, "ancla": $0.anchor] }
        case "tiene_indice": !pages[index].tableOfContents.isEmpty
        case "migas": references(pages[index].breadcrumbs)
        case "tiene_migas": !pages[index].breadcrumbs.isEmpty
        case "anterior": pages[index].previous.map { context.reference($0, from: index) } ?? false
        case "siguiente": pages[index].next.map { context.reference($0, from: index) } ?? false
        default: listValue(name)
        }
    }

    /// The page's lists of other pages and their flags.
    private func listValue(_ name: String) -> Any? {
        switch name {
        case "trabajan": references(backlinks.sessions)
        case "tiene_trabajan": !backlinks.sessions.isEmpty
        case "aplicado": references(backlinks.applied)
        case "tiene_aplicado": !backlinks.applied.isEmpty
        case "menciones": references(backlinks.mentions)
        case "tiene_menciones": !backlinks.mentions.isEmpty
        case "productos": references(pages[index].products)
        case "tiene_productos": !pages[index].products.isEmpty
        // A section larger than `navegacion_maxima` lists all its pages on its own page, as its
        // navigation no longer does.
        case "lista_completa": references(context.fullList(of: index))
        case "tiene_lista_completa": !context.fullList(of: index).isEmpty
        default: common[name]
        }
    }

    private static func pageField(_ name: String, context: PageContext, index: Int, content: String) -> Any? {
        let pages = context.site.pages
        return switch name {
        case "titulo": pages[index].title
        case "numero": pages[index].number ?? ""
        case "tiene_numero": pages[index].number != nil
        case "titulo_completo": pages[index].numberedTitle
        case "resumen": pages[index].summary ?? ""
        case "tiene_resumen": pages[index].summary != nil
        case "contenido": content
        case "es_inicio": index == 0
        case "tiene_pdf": context.linkingPDFs && pages[index].printsAsDocument
        case "pdf": URLPath.relative(from: pages[index].outputPath, to: pages[index].pdfPath)
        default: nil
        }
    }

    private func references(_ pages: [Int]) -> [TemplateObject] {
        pages.map { context.reference($0, from: index) }
    }
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
