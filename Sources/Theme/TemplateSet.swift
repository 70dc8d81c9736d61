import Diagnostics
import Load
import Mustache

/// The theme's Mustache templates, compiled once. Partials are named by path
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

    let library: MustacheLibrary
    let names: Set<String>

    public init?(theme: LoadedTheme, diagnostics: inout DiagnosticList) {
        MarkdownContentType.registerOnce()
        var library = MustacheLibrary()
        var failed = false
        for template in theme.templates {
            // The pragma goes on the first line, before the text, so line numbers stay as written.
            let text =
                template.name.hasPrefix(Self.markdownFolder)
                ? "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}" + template.text : template.text
            do {
                library.register(try MustacheTemplate(string: text), named: template.name)
            } catch let error as MustacheTemplate.ParserError {
                failed = true
                diagnostics.append(
                    .error(
                        "plantilla-invalida",
                        "la plantilla no se puede leer: \(error.error); revisa que cada {{#…}} tenga su {{/…}}",
                        at: SourceLocation(
                            file: template.location.file,
                            line: error.context.lineNumber,
                            column: error.context.columnNumber
                        )
                    )
                )
            } catch {
                failed = true
                diagnostics.append(
                    .error("plantilla-invalida", "la plantilla no se puede leer: \(error)", at: template.location))
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
        self.library = library
        names = Set(theme.templates.map(\.name))
    }

    public func has(_ template: String) -> Bool { names.contains(template) }

    public func render(_ context: [String: Any], with template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
