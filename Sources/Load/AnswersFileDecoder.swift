import Diagnostics
import Model
import Yams

/// Reads an answers file a worksheet filled in the browser downloads (`formato:
/// libro-respuestas-1`): checks it names this organization, worksheets of the package, their
/// data paths and values their schemas allow, and gives its entries with paths from the
/// organization (a per-record sheet's alias replaced by its file's name).
public struct AnswersFileDecoder {
    public static let format = "libro-respuestas-1"
    /// Larger files are refused before they are read: a browser's answers are far smaller.
    public static let sizeLimit = 1_000_000

    /// The package's worksheets by page id.
    public let worksheets: [String: WorksheetSpec]
    public let method: OrganizationMethod
    public let slug: String

    public init(worksheets: [String: WorksheetSpec], method: OrganizationMethod, slug: String) {
        self.worksheets = worksheets
        self.method = method
        self.slug = slug
    }

    public func decode(_ text: String, displayPath: String, diagnostics: inout DiagnosticList) -> [AnswerEntry] {
        let source = SourceText(displayPath: displayPath, text: text)
        let what = "un archivo de respuestas"
        guard
            let mapping = YAMLMapping.parse(text, what: what, in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return [] }
        mapping.rejectUnknownKeys(allowed: ["formato", "organizacion", "hojas"], what: what, diagnostics: &diagnostics)
        let format = mapping.string("formato", diagnostics: &diagnostics)
        guard format == Self.format else {
            diagnostics.append(
                .error(
                    "formato-de-respuestas",
                    "`formato:` debe ser «\(Self.format)»\(format.map { ", no «\($0)»" } ?? ""): este archivo no es de respuestas de libro",
                    at: mapping.locationOfValue("formato") ?? mapping.location))
            return []
        }
        let named = mapping.string("organizacion", diagnostics: &diagnostics) ?? ""
        guard named.isEmpty || named == slug else {
            diagnostics.append(
                .error(
                    "otra-organizacion",
                    "estas respuestas son de la organización «\(named)», no de «\(slug)»; revisa --organizacion",
                    at: mapping.locationOfValue("organizacion") ?? mapping.location))
            return []
        }
        guard let items = mapping.value("hojas")?.sequence else {
            diagnostics.append(
                .error("faltan-hojas", "falta `hojas:`, la lista de hojas respondidas", at: mapping.location))
            return []
        }
        var entries: [AnswerEntry] = []
        for item in items {
            guard let entry = self.entry(item, in: source, diagnostics: &diagnostics) else { continue }
            if let other = entries.first(where: { $0.fileName == entry.fileName }) {
                diagnostics.append(
                    .error(
                        "hoja-repetida",
                        "la hoja «\(entry.sheet)» ya tiene respuestas en \(other.location); deja una sola entrada",
                        at: entry.location))
                continue
            }
            entries.append(entry)
        }
        return entries
    }
}
