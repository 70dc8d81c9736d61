import Diagnostics
import Markdown
import Model

/// With `html_crudo: true` raw HTML reaches the page as written, but the rules for links hold
/// for it too: what an attribute points at is read as a browser reads it (character references
/// decoded) and refused like a Markdown link; attributes and elements that run code or send the
/// reader elsewhere (`on…`, `<base>`, `<meta http-equiv>`) are refused; ids starting with
/// `libro_` are the theme's.
enum RawHTMLCheck {
    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "data", "poster", "background", "cite", "codebase", "longdesc",
        "usemap", "xlink:href", "ping", "manifest", "icon", "profile", "lowsrc", "dynsrc", "archive", "classid",
        "srcset", "imagesrcset", "to", "from", "values", "by",
    ]

    /// A problem found, where it is in the Markdown and the diagnostic it makes once located.
    struct Problem {
        let position: SourcePosition
        let diagnostic: (SourceLocation) -> Diagnostic
    }

    /// The problems of one piece of raw HTML, in reading order.
    static func problems(in html: MarkdownRawHTML) -> [Problem] {
        var problems: [Problem] = []
        for tag in HTMLTagScanner.tags(in: html.literal) {
            if let problem = elementProblem(tag) {
                problems.append(Problem(position: html.position(at: tag.offset), diagnostic: problem))
            }
            for attribute in tag.attributes {
                if let problem = attributeProblem(attribute) {
                    problems.append(Problem(position: html.position(at: attribute.offset), diagnostic: problem))
                }
            }
        }
        return problems
    }

    private static func elementProblem(_ tag: HTMLTagScanner.Tag) -> ((SourceLocation) -> Diagnostic)? {
        let redirects =
            tag.name == "base"
            || (tag.name == "meta" && tag.attributes.contains { $0.name == "http-equiv" })
        guard redirects else { return nil }
        return { location in
            .error(
                "html-con-codigo",
                "`<\(tag.name)>` cambia a dónde llevan los enlaces de la página o la manda a otra dirección; libro no lo publica, ni con `html_crudo: true`",
                at: location)
        }
    }

    private static func attributeProblem(_ attribute: HTMLTagScanner.Attribute) -> ((SourceLocation) -> Diagnostic)? {
        let name = attribute.name
        if name.hasPrefix("on") {
            return { location in
                .error(
                    "html-con-codigo",
                    "el atributo `\(name)` ejecuta código en el navegador; libro no lo publica, ni con `html_crudo: true`",
                    at: location)
            }
        }
        if name == "id" || name == "name", attribute.value.hasPrefix("libro_") {
            return { location in
                .error(
                    "id-reservado",
                    "los ids que empiezan con `libro_` son del tema (como «libro_contenido»); elige otro para «\(attribute.value)»",
                    at: location)
            }
        }
        guard urlAttributes.contains(name) else { return nil }
        for target in targets(of: attribute) {
            if let problem = targetProblem(target, written: attribute.value) { return problem }
        }
        return nil
    }

    /// The URLs an attribute holds: one, or a list for `srcset` (`a.png 1x, b.png 2x`) and SVG's
    /// animation `values` (`a;b`).
    private static func targets(of attribute: HTMLTagScanner.Attribute) -> [String] {
        let value = HTMLEntities.decode(attribute.value)
        switch attribute.name {
        case "srcset", "imagesrcset":
            return value.split(separator: ",").map { String($0.split(whereSeparator: \.isWhitespace).first ?? "") }
        case "values": return value.split(separator: ";").map(String.init)
        default: return [value]
        }
    }

    private static func targetProblem(_ target: String, written: String) -> ((SourceLocation) -> Diagnostic)? {
        if let scheme = LinkTargetRules.refusedScheme(of: target) {
            return { location in
                .error(
                    "enlace-peligroso",
                    "un enlace «\(scheme):» ejecuta código o mete datos en la página, y libro no lo publica, ni en HTML con `html_crudo: true`; enlaza un archivo de la carpeta de contenido o una dirección https://",
                    at: location)
            }
        }
        switch LinkTargetRules.rooted(target) {
        case .network:
            return { location in
                .error(
                    "enlace-sin-esquema",
                    "«\(written)» empieza con `//` y no dice cómo abrirse: desde una carpeta buscaría un archivo del equipo; escribe la dirección completa con https://",
                    at: location)
            }
        case .root:
            return { location in
                .error(
                    "ruta-absoluta",
                    "«\(written)» empieza con `/` y no funcionaría al abrir el sitio desde una carpeta; usa una ruta relativa",
                    at: location)
            }
        case nil:
            return nil
        }
    }
}
