import Diagnostics
import Model

/// LINK for the method: what cartas write comes from the method's vocabularies, and every
/// session a level's path takes has its carta.
enum MethodCheck {
    static func check(
        _ method: PackageMethod, cartas: [CartaHeader], sessions: [Int: Int], diagnostics: inout DiagnosticList
    ) {
        let levels = method.levels.map(\.name)
        for carta in cartas {
            if let component = carta.component {
                expect(component, in: method.components, what: "un componente", list: "componentes", &diagnostics)
            }
            for level in carta.levels { expect(level, in: levels, what: "un nivel", list: "niveles", &diagnostics) }
            for modality in carta.modalities {
                expect(modality, in: method.modalities, what: "una modalidad", list: "modalidades", &diagnostics)
            }
        }
        for level in method.levels {
            for session in level.sessions where sessions[session] == nil {
                diagnostics.append(
                    .error(
                        "sesion-sin-carta",
                        "el nivel «\(level.name)» recorre la sesión \(session), pero ninguna página tiene un bloque `carta` con `sesion: \(session)`",
                        at: level.location ?? method.location ?? SourceLocation(file: "metodo.yml")))
            }
        }
    }

    /// A written word checked against a vocabulary of the method; an empty one accepts any.
    private static func expect(
        _ written: LocatedText, in valid: [String], what: String, list: String, _ diagnostics: inout DiagnosticList
    ) {
        guard !valid.isEmpty, !valid.contains(written.text) else { return }
        diagnostics.append(
            .error(
                "valor-no-valido",
                "«\(written.text)» no es \(what) del paquete\(Suggestion.phrase(for: written.text, in: valid)) (\(list) de metodo.yml: \(valid.joined(separator: ", ")))",
                at: written.location))
    }
}
