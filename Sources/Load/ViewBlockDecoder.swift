import Diagnostics
import Model

/// Decodes the blocks that show data kept elsewhere: a worksheet's copy, a session's agenda, an
/// organization's system map and work plan. Organization pages are made of them.
enum ViewBlockDecoder {
    static func copy(_ fields: YAMLMapping, _ context: BlockContext, _ diagnostics: inout DiagnosticList) -> SheetCopy?
    {
        fields.rejectUnknownKeys(
            allowed: ["hoja", "organizacion", "registro"], what: "el bloque `copia`", diagnostics: &diagnostics)
        guard let sheet = required("hoja", fields, context, &diagnostics) else { return nil }
        return SheetCopy(
            sheet: sheet,
            organization: fields.string("organizacion", diagnostics: &diagnostics),
            record: fields.string("registro", diagnostics: &diagnostics),
            location: fields.locationOfValue("hoja") ?? context.location
        )
    }

    static func agenda(_ fields: YAMLMapping, _ context: BlockContext, _ diagnostics: inout DiagnosticList)
        -> AgendaSpec?
    {
        fields.rejectUnknownKeys(
            allowed: ["sesion", "inicio", "organizacion"], what: "el bloque `agenda`", diagnostics: &diagnostics)
        guard let (session, location) = session(fields, context, &diagnostics) else { return nil }
        return AgendaSpec(
            session: session, startMinute: fields.clockMinutes("inicio", diagnostics: &diagnostics),
            organization: fields.string("organizacion", diagnostics: &diagnostics), location: location)
    }

    static func printPack(_ fields: YAMLMapping, _ context: BlockContext, _ diagnostics: inout DiagnosticList)
        -> PrintPackSpec?
    {
        fields.rejectUnknownKeys(
            allowed: ["sesion", "organizacion", "para"], what: "el bloque `paquete`", diagnostics: &diagnostics)
        guard let (session, location) = session(fields, context, &diagnostics) else { return nil }
        return PrintPackSpec(
            session: session, organization: fields.string("organizacion", diagnostics: &diagnostics),
            audience: fields.choice("para", as: PrintAudience.self, diagnostics: &diagnostics), location: location
        )
    }

    static func compilation(_ fields: YAMLMapping, _ context: BlockContext, _ diagnostics: inout DiagnosticList)
        -> [String]?
    {
        fields.rejectUnknownKeys(allowed: ["secciones"], what: "el bloque `compilacion`", diagnostics: &diagnostics)
        guard let sections = fields.stringList("secciones", diagnostics: &diagnostics), !sections.isEmpty else {
            diagnostics.append(
                .error(
                    "falta-campo", "falta `secciones:`, la lista de ids de las secciones que se juntan",
                    at: context.location))
            return nil
        }
        return sections
    }

    /// `mapa-del-sistema` and `gantt`: the organization whose data they draw.
    static func organization(
        _ fields: YAMLMapping,
        kind: String,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> String? {
        fields.rejectUnknownKeys(allowed: ["organizacion"], what: "el bloque `\(kind)`", diagnostics: &diagnostics)
        return required("organizacion", fields, context, &diagnostics)
    }

    /// The `sesion` a block names, and where.
    private static func session(
        _ fields: YAMLMapping,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> (Int, SourceLocation)? {
        guard fields.value("sesion") != nil else {
            _ = required("sesion", fields, context, &diagnostics)
            return nil
        }
        guard let session = fields.int("sesion", diagnostics: &diagnostics) else { return nil }
        return (session, fields.locationOfValue("sesion") ?? context.location)
    }

    private static func required(
        _ key: String,
        _ fields: YAMLMapping,
        _ context: BlockContext,
        _ diagnostics: inout DiagnosticList
    ) -> String? {
        if let value = fields.string(key, diagnostics: &diagnostics) { return value }
        diagnostics.append(.error("falta-campo", "falta `\(key):` en el bloque", at: context.location))
        return nil
    }
}
