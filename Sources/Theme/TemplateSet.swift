import Diagnostics
import Model

/// The theme's Mustache templates, parsed once. Partials are named by path
/// (`{{> parciales/cabecera}}`); pages extend the layout with `{{< base}}`. Templates under
/// `paginas/` write Markdown pages made from data, so their values are escaped for Markdown.
public struct TemplateSet: Sendable {
    public static let page = "pagina"
    public static let notFound = "404"
    public static let search = "buscar"
    /// Where the templates of pages made from data live.
    public static let markdownFolder = "paginas/"
    /// Templates the build asks for by name; partials are the theme's own business.
    static let required = [
        page, notFound, search, "bloques/carta", "bloques/actividad", "bloques/receso", "bloques/termino",
        "bloques/referencias", "bloques/hoja", "bloques/mapa-del-sistema", "bloques/gantt", "bloques/compilacion",
    ]

    let templates: [String: Template]
    /// What sections wrote for objects with a memo key, for the rest of this build.
    private var memo = TemplateMemo()

    /// The same compiled templates with nothing remembered of the pages rendered so far: what
    /// a navigation entry wrote in one build may be stale in the next.
    public func forNextBuild() -> TemplateSet {
        var copy = self
        copy.memo = TemplateMemo()
        return copy
    }

    public init?(theme: LoadedTheme, diagnostics: inout DiagnosticList) {
        var templates: [String: Template] = [:]
        var failed = false
        for template in theme.templates {
            let escaping: TemplateEscaping = template.name.hasPrefix(Self.markdownFolder) ? .markdown : .html
            do {
                templates[template.name] = try TemplateParser.parse(
                    template.text, name: template.name, escaping: escaping)
            } catch {
                failed = true
                diagnostics.append(
                    .error(
                        "plantilla-invalida", error.message,
                        at: SourceLocation(file: template.location.file, line: error.line, column: error.column)
                    )
                )
            }
        }
        for template in theme.templates {
            for reference in templates[template.name]?.references ?? [] where templates[reference.name] == nil {
                guard theme.templates.contains(where: { $0.name == reference.name }) == false else { continue }
                failed = true
                diagnostics.append(
                    .error(
                        "plantilla-faltante",
                        "la plantilla usa `\(reference.name)`, que el tema no tiene; crea `\(reference.name).mustache` en la carpeta de plantillas o corrige el nombre",
                        at: SourceLocation(
                            file: template.location.file, line: reference.line, column: reference.column)
                    )
                )
            }
        }
        for required in Self.required where !theme.templates.contains(where: { $0.name == required }) {
            failed = true
            diagnostics.append(
                .error(
                    "plantilla-faltante",
                    "el tema no tiene la plantilla `\(required).mustache`; créala en la carpeta de plantillas",
                    at: SourceLocation(file: "\(theme.displayRoot)/plantillas/\(required).mustache", line: 0, column: 0)
                )
            )
        }
        guard !failed else { return nil }
        self.templates = templates
    }

    public func has(_ template: String) -> Bool { templates[template] != nil }

    public func render(_ context: [String: Any], with template: String) -> String {
        String(decoding: renderBytes(context, with: template), as: UTF8.self)
    }

    /// The output as UTF-8, for pages that are only written: checking a page's bytes again to
    /// make a `String` costs a tenth of its templates.
    public func renderBytes(_ context: [String: Any], with template: String) -> [UInt8] {
        guard let template = templates[template] else { return [] }
        return TemplateRenderer.render(template, context: context, templates: templates, memo: memo)
    }

    /// The same with an object at the bottom of the stack, whose fields are made as the
    /// template reads them: a page's values.
    public func renderBytes(_ root: TemplateObject, with template: String) -> [UInt8] {
        guard let template = templates[template] else { return [] }
        return TemplateRenderer.render(template, root: .object(root), templates: templates, memo: memo)
    }
}
