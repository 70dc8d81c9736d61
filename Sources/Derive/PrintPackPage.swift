import Model

/// How an organization's print packs are named: one page per session and audience.
enum PrintPackPage {
    static func name(session: Int, for audience: PrintAudience) -> String {
        "paquete-sesion-\(session)-\(audience.rawValue)"
    }
}

extension Texts {
    /// «Paquete para participantes de la Sesión 3», from the theme's strings.
    func packTitle(session: Int, for audience: PrintAudience) -> String {
        "\(self["paquete_\(audience.rawValue)"]) \(session)"
    }
}
