import Diagnostics
import Model

/// Reads `enlaces_pie` in `libro.yml`: a list of `{titulo, enlace}` every footer shows.
enum FooterLinksDecoder {
    static let key = "enlaces_pie"
    private static let keys = ["titulo", "enlace"]
    private static let schemes = ["https://", "http://", "mailto:"]

    static func decode(_ fields: YAMLMapping, diagnostics: inout DiagnosticList) -> [FooterLink] {
        guard let node = fields.value(key) else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(
                fields.typeError(key, expected: "una lista de enlaces `- {titulo: …, enlace: …}`", at: node))
            return []
        }
        return items.compactMap { item in
            guard
                let link = YAMLMapping(
                    item, what: "cada enlace de `\(key)`", in: fields.source, firstLine: fields.firstLine,
                    diagnostics: &diagnostics)
            else { return nil }
            return decodeLink(link, diagnostics: &diagnostics)
        }
    }

    private static func decodeLink(_ link: YAMLMapping, diagnostics: inout DiagnosticList) -> FooterLink? {
        link.rejectUnknownKeys(allowed: keys, what: "`\(key)`", diagnostics: &diagnostics)
        let title = link.string("titulo", diagnostics: &diagnostics)
        let target = link.string("enlace", diagnostics: &diagnostics)
        guard let title, let target else {
            let missing = title == nil ? "titulo" : "enlace"
            diagnostics.append(
                .error(
                    "falta-campo",
                    "a este enlace de `\(key)` le falta `\(missing)`: escribe `{titulo: Manual, enlace: ../manual/index.html}`",
                    at: link.location))
            return nil
        }
        if schemes.contains(where: { target.lowercased().hasPrefix($0) }) {
            return FooterLink(title: title, target: target, isRelative: false)
        }
        // A path leaves from the site's root; a scheme, `/` or `//` would lead elsewhere once the
        // site is opened from a folder or moved to another server.
        let scheme = target.prefix { $0 != "/" }.contains(":")
        guard !target.isEmpty, !scheme, LinkTargetRules.rooted(target) == nil else {
            diagnostics.append(
                .error(
                    "enlace-pie-no-valido",
                    "«\(target)» no sirve como enlace del pie: escribe una dirección completa (`https://…`) o una ruta desde la raíz del sitio sin `/` al principio (`../manual/index.html`)",
                    at: link.locationOfValue("enlace") ?? link.location))
            return nil
        }
        return FooterLink(title: title, target: target, isRelative: true)
    }
}
