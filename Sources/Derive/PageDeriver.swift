import Diagnostics
import Load
import Markdown
import Model
import Theme
import Workers

/// DERIVE: the pages the data calls for. Each organization a build includes gets the pages its
/// package's method lists, its session agendas, filled worksheets and print packs. Their bodies
/// are Markdown written by the `paginas/` templates and read like any page of `content/`, so
/// links, headings, the glossary and the checks treat them alike; their front matter is made
/// here, not written and read back.
public enum PageDeriver {
    public static func derive(
        from content: LoadedContent,
        organizations: [Organization],
        templates: TemplateSet,
        theme: LoadedTheme
    ) -> DerivedPages {
        derive(DeriveInputs(content: content, organizations: organizations, theme: theme), templates: templates)
    }

    /// The pages `inputs` call for; `templates` must be compiled from `inputs`' theme.
    public static func derive(_ inputs: DeriveInputs, templates: TemplateSet) -> DerivedPages {
        var derived = DerivedPages()
        let (organizations, theme, displayRoot) = (inputs.organizations, inputs.theme, inputs.displayRoot)
        guard !organizations.isEmpty, let method = inputs.method.organization else { return derived }
        let texts = Texts(strings: theme.strings, displayRoot: theme.displayRoot)
        var virtualPages = [OrganizationPages.section(organizations, method: method, texts: texts)]
        for (index, organization) in organizations.enumerated() {
            let context = OrganizationContext(
                organization: organization, method: method, view: DataView(organization: organization, method: method),
                levels: inputs.method.levels, cartas: inputs.cartas)
            virtualPages += OrganizationPages(
                organization: organization, method: method, context: context, order: index + 1, texts: texts
            ).pages(worksheets: inputs.worksheets)
        }
        derived.problems.append(contentsOf: texts.problems)
        let clashes: DiagnosticList
        (virtualPages, clashes) = PathClashes.removing(from: virtualPages, displayRoot: displayRoot)
        derived.problems.append(contentsOf: clashes)
        let files = Dictionary(theme.templates.map { ($0.name, $0.location.file) }) { _, last in last }
        for page in virtualPages {
            let shown = "\(displayRoot)/\(page.path)"
            derived.templates[shown] =
                files[page.template] ?? "\(theme.displayRoot)/plantillas/\(page.template).mustache"
            derived.origins[shown] = page.origin
        }
        let results = write(virtualPages, templates: templates, theme: theme, displayRoot: displayRoot)
        for (loaded, problems) in results {
            derived.problems.append(contentsOf: derived.relocated(problems))
            guard let (source, body) = loaded else { continue }
            derived.pages.append(source)
            derived.bodies.append(body)
        }
        return derived
    }

    /// Pages are written and read on every core; their results keep the pages' order.
    private static func write(
        _ pages: [VirtualPage], templates: TemplateSet, theme: LoadedTheme, displayRoot: String
    ) -> [((SourcePage, MarkdownSource)?, DiagnosticList)] {
        let options = MarkdownOptions(allowsRawHTML: false)
        let themeDisplayRoot = theme.displayRoot
        return Parallel.map(pages.count) { index -> ((SourcePage, MarkdownSource)?, DiagnosticList) in
            var problems = DiagnosticList()
            let page = pages[index]
            guard templates.has(page.template) else {
                problems.append(
                    .error(
                        "plantilla-faltante",
                        "no hay una plantilla `\(page.template).mustache` ni en el tema ni en `plantillas/` del paquete, y metodo.yml pide una para las páginas de las organizaciones",
                        at: SourceLocation(file: "\(themeDisplayRoot)/plantillas/\(page.template).mustache", line: 0)
                    )
                )
                return (nil, problems)
            }
            let loaded = GeneratedPageLoader.load(
                path: page.path,
                frontMatter: page.frontMatter,
                body: templates.render(page.context, with: page.template),
                displayRoot: displayRoot,
                options: options,
                diagnostics: &problems
            )
            return (loaded, problems)
        }
    }
}

/// A worksheet page of `content/` and its form.
struct Worksheet: Equatable, Sendable {
    let id: String
    let title: String
    let spec: WorksheetSpec
    /// The worksheet's page, where a problem with its filled copies is reported.
    let location: SourceLocation

    init?(page: SourcePage) {
        for block in page.blocks {
            guard case .worksheet(let spec) = block.content else { continue }
            id = page.id
            title = page.frontMatter.title
            self.spec = spec
            location = page.location
            return
        }
        return nil
    }

    /// The file name of its filled copies: ids may hold `/` (`hojas/mi-hoja` when the page
    /// sets none), which would put the copy in a folder of its own.
    var fileStem: String { id.replacingOccurrences(of: "/", with: "-") }

    /// The top of each data path it names: a file of the organization, or the record a sheet
    /// filled per record is filled for.
    var dataRoots: Set<String> {
        Set(spec.dataPaths.compactMap { $0.path.split(separator: ".").first.map(String.init) })
    }
}

/// A page to write: where, with which front matter, from which template and values.
/// Sendable by hand: its context is plain values (texts, numbers, lists, dictionaries) made
/// once and only read afterwards, by the worker that renders the page.
struct VirtualPage: @unchecked Sendable {
    let path: String
    /// The file a person wrote that this page comes from, when it is not the organization's
    /// folder as a whole (a worksheet, a record's file).
    var origin: SourceLocation?
    let id: String
    let title: String
    let order: Int?
    var summary: String?
    var sessions: [Int] = []
    let template: String
    let context: [String: Any]

    var frontMatter: FrontMatter {
        FrontMatter(
            title: Self.oneLine(title), id: id, idLocation: origin, order: order, summary: summary.map(Self.oneLine),
            sessions: sessions)
    }

    /// A title or summary from data stays on one line.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
}

/// The theme's UI strings that name derived pages; a missing one is reported once.
final class Texts {
    private let strings: [String: String]
    private let displayRoot: String
    private(set) var problems = DiagnosticList()
    private var missing: Set<String> = []

    init(strings: [String: String], displayRoot: String) {
        self.strings = strings
        self.displayRoot = displayRoot
    }

    subscript(_ key: String) -> String {
        if let text = strings[key] { return text }
        if missing.insert(key).inserted {
            problems.append(
                .error(
                    "texto-faltante",
                    "falta `\(key):` en textos.yml; las páginas de las organizaciones lo usan como título",
                    at: SourceLocation(file: "\(displayRoot)/textos.yml")
                )
            )
        }
        return key
    }
}
