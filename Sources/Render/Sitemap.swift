import Link
import Model

/// `sitemap.xml`: every page, in reading order. Locations are absolute when `libro.yml` gives
/// the site's `url`, and relative to the sitemap otherwise.
enum Sitemap {
    static func make(_ site: LinkedSite) -> String {
        var base = site.config.baseURL ?? ""
        if !base.isEmpty, !base.hasSuffix("/") { base += "/" }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in site.pages {
            let location = base + URLPath.relative(from: SiteLayout.sitemap, to: page.outputPath)
            xml += "  <url><loc>\(XMLText.escape(location))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

/// Escaping for XML text and double-quoted attributes.
enum XMLText {
    static func escape(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                    || $0 == UInt8(ascii: "\"")
            })
        else {
            return text
        }
        return text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
