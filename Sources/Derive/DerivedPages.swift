import Diagnostics
import Markdown
import Model

/// What DERIVE made: pages read like content, and for each of them the file a person wrote that
/// it comes from, so no message ever points at a page that exists only inside the build.
public struct DerivedPages: Sendable {
    public var pages: [SourcePage] = []
    public var bodies: [MarkdownSource] = []
    public var problems = DiagnosticList()
    /// Generated page, as messages name it (`content/organizaciones/x/sistema.md`) → the
    /// template that writes it (`theme/plantillas/paginas/organizacion/sistema.mustache`).
    var templates: [String: String] = [:]
    /// Generated page → the data file it is made from, where known.
    var origins: [String: SourceLocation] = [:]

    public init() {}

    /// `diagnostic` as the person who can fix it reads it: one found in a generated page is put
    /// at the template that wrote it, naming the page; a page too large for the Markdown limits
    /// is the data's doing, and is put at the data file it is made from.
    public func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let template = templates[diagnostic.location.file] else { return diagnostic }
        let page = diagnostic.location.description
        if MarkdownLimit(rawValue: diagnostic.code) != nil, let origin = origins[diagnostic.location.file] {
            return Diagnostic(
                diagnostic.severity, diagnostic.code,
                "\(diagnostic.message) (en la página «\(page)», que libro arma con estos datos: divídelos o quita los que sobran)",
                at: origin)
        }
        return Diagnostic(
            diagnostic.severity, diagnostic.code,
            "\(diagnostic.message) (en la página «\(page)», que libro escribe con esta plantilla a partir de los datos)",
            at: SourceLocation(file: template, line: 0))
    }

    public func relocated(_ diagnostics: DiagnosticList) -> DiagnosticList {
        DiagnosticList(diagnostics.all.map(relocated))
    }
}
