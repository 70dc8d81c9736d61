import Diagnostics
import Load
import Markdown
import Model
import Theme
import Workers

/// DERIVE: the pages the data calls for. Each organization a build includes gets its overview,
/// system, allies, strategies, results map, plans, session agendas, filled worksheets and print
/// packs, written as Markdown by the theme's `paginas/` templates and then read like any page of
/// `content/`, so links, headings, the glossary and the checks treat them alike.
public enum PageDeriver {
    public static func derive(
        from content: LoadedContent,
        organizations: [Organization],
        templates: TemplateSet,
        strings: [String: String],
        themeDisplayRoot: String
    ) -> DerivedPages {
        var derived = DerivedPages()
        guard !organizations.isEmpty else { return derived }
        let texts = Texts(strings: strings, displayRoot: themeDisplayRoot)
        let worksheets = content.pages.compactMap(Worksheet.init(page:))
        var virtualPages = [OrganizationPages.section(organizations, texts: texts)]
        for (index, organization) in organizations.enumerated() {
            virtualPages += OrganizationPages(organization: organization, order: index + 1, texts: texts)
                .pages(worksheets: worksheets)
        }
        derived.problems.append(contentsOf: texts.problems)
        let clashes: DiagnosticList
        (virtualPages, clashes) = PathClashes.removing(from: virtualPages, displayRoot: content.displayRoot)
        derived.problems.append(contentsOf: clashes)
        for page in virtualPages {
            let shown = "\(content.displayRoot)/\(page.path)"
            derived.templates[shown] = "\(themeDisplayRoot)/plantillas/\(page.template).mustache"
            derived.origins[shown] = page.origin
        }

        // Pages are written and read on every core; their results keep the pages' order.
        let options = MarkdownOptions(allowsRawHTML: false)
        let results = Parallel.map(virtualPages.count) {
            [virtualPages] index -> ((SourcePage, MarkdownSource)?, DiagnosticList) in
            var problems = DiagnosticList()
            let page = virtualPages[index]
            guard templates.has(page.template) else {
                problems.append(
                    .error(
                        "plantilla-faltante",
                        "el tema no tiene la plantilla `\(page.template).mustache`, que escribe las páginas de las organizaciones",
                        at: SourceLocation(file: "\(themeDisplayRoot)/plantillas/\(page.template).mustache", line: 0)
                    )
                )
                return (nil, problems)
            }
            let loaded = GeneratedPageLoader.load(
                path: page.path,
                text: page.frontMatter + templates.render(page.context, with: page.template),
                displayRoot: content.displayRoot,
                options: options,
                diagnostics: &problems
            )
            return (loaded, problems)
        }
        for (loaded, problems) in results {
            derived.problems.append(contentsOf: derived.relocated(problems))
            guard let (source, body) = loaded else { continue }
            derived.pages.append(source)
            derived.bodies.append(body)
        }
        return derived
    }
}

/// A worksheet page of `content/` and its form.
struct Worksheet {
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

    /// The top of each data path it names (`aliado`, `actores` …).
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
    /// folder as a whole (a worksheet, an ally's file).
    var origin: SourceLocation?
    let id: String
    let title: String
    let order: Int
    var summary: String?
    var sessions: [Int] = []
    let template: String
    let context: [String: Any]

    var frontMatter: String {
        var lines = ["---", "titulo: \(YAMLText.quoted(title))", "id: \(id)", "orden: \(order)"]
        if let summary { lines.append("resumen: \(YAMLText.quoted(summary))") }
        if !sessions.isEmpty { lines.append("sesiones: [\(sessions.map(String.init).joined(separator: ", "))]") }
        return (lines + ["---", ""]).joined(separator: "\n")
    }
}

/// A YAML double-quoted scalar, safe for any text on one line.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n", "\r", "\t": quoted += " "
            default: quoted.append(character)
            }
        }
        return quoted + "\""
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
