import Diagnostics
import Model

/// Decodes the blocks of a carta descriptiva: `carta`, `actividad` and `receso`.
enum CartaBlockDecoder {
    static let cartaKeys = ["sesion", "componente", "objetivo", "duracion", "inicio", "niveles", "modalidades"]
    static let activityKeys = ["duracion", "materiales", "productos"]
    static let pauseKeys = ["tipo", "duracion"]

    static func carta(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> CartaHeader? {
        fields.rejectUnknownKeys(allowed: cartaKeys, what: "el bloque `carta`", diagnostics: &diagnostics)
        var header = CartaHeader()
        if let session = fields.int("sesion", diagnostics: &diagnostics) {
            if session >= 1 {
                header.session = session
                header.sessionLocation = fields.locationOfValue("sesion")
            } else if let location = fields.locationOfValue("sesion") {
                diagnostics.append(
                    .error("sesion-no-valida", "el número de sesión empieza en 1 (`sesion: 1`)", at: location))
            }
        }
        header.component = fields.locatedTexts("componente", diagnostics: &diagnostics)?.first
        header.objective = fields.string("objetivo", diagnostics: &diagnostics)
        header.declaredMinutes = fields.minutes("duracion", diagnostics: &diagnostics)
        header.declaredLocation = fields.locationOfValue("duracion")
        if let start = fields.clockMinutes("inicio", diagnostics: &diagnostics) { header.startMinute = start }
        header.levels = fields.locatedTexts("niveles", diagnostics: &diagnostics) ?? []
        header.modalities = fields.locatedTexts("modalidades", diagnostics: &diagnostics) ?? []
        return header
    }

    static func activity(
        _ fields: YAMLMapping,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> ActivitySpec? {
        fields.rejectUnknownKeys(allowed: activityKeys, what: "el bloque `actividad`", diagnostics: &diagnostics)
        let materials = fields.stringList("materiales", diagnostics: &diagnostics) ?? []
        let products = fields.stringList("productos", diagnostics: &diagnostics) ?? []
        guard fields.value("duracion") != nil else {
            diagnostics.append(
                .error(
                    "falta-duracion",
                    "falta `duracion:` en la actividad «\(context.title)»; escribe cuánto dura (`30 min`, `1 h`)",
                    at: context.location
                )
            )
            return nil
        }
        guard let minutes = fields.minutes("duracion", diagnostics: &diagnostics) else { return nil }
        return ActivitySpec(minutes: minutes, materials: materials, products: products)
    }

    static func pause(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> PauseSpec? {
        fields.rejectUnknownKeys(allowed: pauseKeys, what: "el bloque `receso`", diagnostics: &diagnostics)
        let kind = fields.choice("tipo", as: PauseSpec.Kind.self, diagnostics: &diagnostics) ?? .coffee
        // No duration is a fact worth keeping: the package gives some breaks none.
        return PauseSpec(kind: kind, minutes: fields.minutes("duracion", diagnostics: &diagnostics))
    }
}
