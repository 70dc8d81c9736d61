import Diagnostics
import Load
import Mustache

/// The theme's Mustache templates, compiled once. Partials are named by path
/// (`{{> parciales/cabecera}}`); pages extend the layout with `{{< base}}`.
struct TemplateSet {
    static let page = "pagina"
    static let notFound = "404"
    /// Templates the renderer asks for by name; partials are the theme's own business.
    static let required = [
        page, notFound, "bloques/carta", "bloques/actividad", "bloques/receso", "bloques/termino",
        "bloques/referencias",
    ]

    let library: MustacheLibrary

    init?(theme: LoadedTheme, diagnostics: inout DiagnosticList) {
        var library = MustacheLibrary()
        var failed = false
        for template in theme.templates {
            do {
                library.register(try MustacheTemplate(string: template.text), named: template.name)
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
    }

    func render(_ context: [String: Any], with template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
