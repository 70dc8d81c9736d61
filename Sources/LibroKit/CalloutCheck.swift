import Diagnostics
import Load
import Model
import Theme

/// Callouts name a kind the theme labels (`aviso_agregado` in `textos.yml`) and the theme draws
/// them with `bloques/aviso`; a kind it does not know is shown as a plain quote, with a warning.
enum CalloutCheck {
    static func problems(
        in pages: [SourcePage], strings: [String: String], templates: TemplateSet, themeDisplayRoot: String
    ) -> [Diagnostic] {
        let prefix = CalloutKind.labelKey("")
        let kinds = strings.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
        var problems: [Diagnostic] = []
        var used = false
        for page in pages {
            for callout in page.callouts {
                used = true
                guard strings[CalloutKind.labelKey(callout.kind)] == nil else { continue }
                problems.append(
                    .warning(
                        "aviso-desconocido",
                        "«\(callout.kind)» no es un tipo de aviso que el tema conozca\(Suggestion.phrase(for: callout.kind, in: kinds)) (tipos: \(kinds.joined(separator: ", "))); se muestra como una cita",
                        at: callout.location))
            }
        }
        if used, !templates.has(CalloutKind.template) {
            problems.append(
                .error(
                    "plantilla-faltante",
                    "el tema no tiene la plantilla `\(CalloutKind.template).mustache`, que dibuja los avisos (`> [!tipo]`)",
                    at: SourceLocation(
                        file: "\(themeDisplayRoot)/plantillas/\(CalloutKind.template).mustache", line: 0)))
        }
        return problems
    }
}
