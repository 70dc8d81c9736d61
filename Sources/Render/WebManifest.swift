import Model

/// `manifest.webmanifest`: what a phone needs to add the site to its home screen, from
/// `libro.yml` (title, short title, description, language), the theme's colours (`color_tema`
/// and `color_fondo` in `textos.yml`) and its icons (`recursos/icono.svg`, `recursos/icono-<px>.png`).
/// Every address is relative to the manifest, so the site works wherever it is copied.
enum WebManifest {
    static let iconName = "icono"

    static func make(config: SiteConfig, strings: [String: String], assets: [String]) -> String {
        var members: [(String, String)] = [
            ("name", quoted(config.title)),
            ("short_name", quoted(config.shortTitle ?? config.title)),
            ("description", quoted(config.description)),
            ("lang", quoted(config.language)),
            ("start_url", quoted("./")),
            ("scope", quoted("./")),
            ("display", quoted("standalone")),
        ]
        if let colour = strings["color_tema"] { members.append(("theme_color", quoted(colour))) }
        if let colour = strings["color_fondo"] { members.append(("background_color", quoted(colour))) }
        let icons = icons(in: assets).map { "    " + $0 }
        members.append(("icons", "[\n" + icons.joined(separator: ",\n") + "\n  ]"))
        return "{\n" + members.map { "  \(quoted($0)): \($1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// The theme's icons, the drawing first, then the pictures by size.
    private static func icons(in assets: [String]) -> [String] {
        var icons: [String] = []
        if assets.contains(iconName + ".svg") {
            icons.append(icon(iconName + ".svg", sizes: "any", type: "image/svg+xml"))
        }
        let sized = assets.compactMap { asset -> Int? in
            guard asset.hasPrefix(iconName + "-"), asset.hasSuffix(".png") else { return nil }
            return Int(asset.dropFirst(iconName.count + 1).dropLast(".png".count))
        }
        for size in sized.sorted() {
            icons.append(icon("\(iconName)-\(size).png", sizes: "\(size)x\(size)", type: "image/png"))
        }
        return icons
    }

    private static func icon(_ name: String, sizes: String, type: String) -> String {
        let source = quoted(SiteLayout.assetsFolder + "/" + name)
        return #"{"src": \#(source), "sizes": \#(quoted(sizes)), "type": \#(quoted(type)), "purpose": "any"}"#
    }

    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSON.string(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
