import Foundation

/// Callout markers are matched as people write them: `[!Corrección]`, `[!CORRECCION]` and
/// `[!correccion]` are one kind, `correccion`.
public enum CalloutKind {
    public static func normalized(_ written: String) -> String {
        written.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The theme's template that draws a callout, its content where `{{{contenido}}}` stands.
    public static let template = "bloques/aviso"

    /// The theme string that labels a kind: `aviso_correccion`.
    public static func labelKey(_ kind: String) -> String { "aviso_\(kind.replacingOccurrences(of: "-", with: "_"))" }
}
