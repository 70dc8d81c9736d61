import Diagnostics
import Model

/// Reads the optional `libro.yml` at the top of `content/`.
enum SiteConfigDecoder {
    static let fileName = "libro.yml"
    static let keys = [
        "titulo", "titulo_corto", "descripcion", "creditos", "idioma", "url", "organizaciones", "papel", "html_crudo",
        "acerca",
        "notas_de_revision",
        "navegador_pdf", "avisar_enlaces_html", "enlaces_pie", "orden_de_lectura", "edicion",
        "navegacion_maxima",
    ]

    static func decode(_ source: SourceText, diagnostics: inout DiagnosticList) -> SiteConfig {
        var config = SiteConfig()
        guard
            let fields = YAMLMapping.parse(
                source.text, what: fileName, in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return config }
        fields.rejectUnknownKeys(allowed: keys, what: fileName, diagnostics: &diagnostics)
        if let title = fields.string("titulo", diagnostics: &diagnostics) { config.title = title }
        if let short = fields.string("titulo_corto", diagnostics: &diagnostics) { config.shortTitle = short }
        if let description = fields.string("descripcion", diagnostics: &diagnostics) {
            config.description = description
        }
        if let credits = fields.string("creditos", diagnostics: &diagnostics) { config.credits = credits }
        if let language = fields.string("idioma", diagnostics: &diagnostics) { config.language = language }
        if let url = fields.string("url", diagnostics: &diagnostics) {
            // It goes into sitemap.xml as the start of every address.
            if url.hasPrefix("https://") || url.hasPrefix("http://") {
                config.baseURL = url
            } else {
                diagnostics.append(
                    .error(
                        "url-no-valida",
                        "«\(url)» no es una dirección web; escribe la dirección del sitio completa, con `https://` o `http://`",
                        at: fields.locationOfValue("url") ?? source.location(line: 1)))
            }
        }
        if let organizations = fields.stringList("organizaciones", diagnostics: &diagnostics) {
            config.organizations = organizations
            config.organizationsLocation = fields.locationOfValue("organizaciones")
        }
        if let paper = fields.choice("papel", as: Paper.self, diagnostics: &diagnostics) { config.paper = paper }
        if let raw = fields.bool("html_crudo", diagnostics: &diagnostics) { config.allowsRawHTML = raw }
        if let notes = fields.bool("notas_de_revision", diagnostics: &diagnostics) { config.showsReviewNotes = notes }
        if let warns = fields.bool("avisar_enlaces_html", diagnostics: &diagnostics) { config.warnsHTMLLinks = warns }
        if let about = fields.string("acerca", diagnostics: &diagnostics) {
            config.aboutPage = about
            config.aboutPageLocation = fields.locationOfValue("acerca")
        }
        if let browser = fields.string("navegador_pdf", diagnostics: &diagnostics) {
            config.pdfBrowser = browser
            config.pdfBrowserLocation = fields.locationOfValue("navegador_pdf")
        }
        config.footerLinks = FooterLinksDecoder.decode(fields, diagnostics: &diagnostics)
        if let order = fields.locatedTexts("orden_de_lectura", diagnostics: &diagnostics) {
            config.readingOrder = order
        }
        config.edition = fields.date("edicion", diagnostics: &diagnostics)
        if let limit = navigationLimit(fields, in: source, diagnostics: &diagnostics) { config.navigationLimit = limit }
        return config
    }

    /// `navegacion_maxima`: a whole number, at least `SiteConfig.smallestNavigationLimit`.
    private static func navigationLimit(
        _ fields: YAMLMapping, in source: SourceText, diagnostics: inout DiagnosticList
    ) -> Int? {
        guard let limit = fields.int("navegacion_maxima", diagnostics: &diagnostics) else { return nil }
        let smallest = SiteConfig.smallestNavigationLimit
        guard limit >= smallest else {
            diagnostics.append(
                .error(
                    "navegacion-maxima-pequena",
                    "`navegacion_maxima` es \(limit); escribe un número de \(smallest) o más: con menos, el índice de cada página no mostraría las páginas vecinas",
                    at: fields.locationOfValue("navegacion_maxima") ?? source.location(line: 1)))
            return nil
        }
        return limit
    }
}
