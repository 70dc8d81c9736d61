import Link
import Model

/// What a worksheet's page tells the browser so a reader can fill the sheet in there: which
/// sheet and copy it is, and each field's data path, kind and choices. The browser cannot read
/// the package's method, so the page carries what it needs.
struct WorksheetFill {
    /// The worksheet's page id.
    let sheet: String
    /// The organization's slug; empty on a blank sheet.
    let organization: String
    /// The record's id on a sheet filled once per record; empty otherwise.
    let record: String
    /// The shape of what the sheet's paths name; nil when the package describes no organization.
    let schema: DataSchema?

    /// The tree a sheet's paths start from: the organization's data, and the record as the
    /// sheet calls it (`como:`) when it is filled once per record.
    static func schema(for spec: WorksheetSpec, site: LinkedSite) -> DataSchema? {
        site.dataSchema.map { DataViewSchema.sheet($0, record: spec.forEach?.text, as: spec.recordName) }
    }

    /// `dato`, `tipo`, `valores` and `tiene_valores` for a field at `path` (below `base`, for a
    /// table's columns).
    func field(_ path: String?, below base: DataSchema? = nil) -> [String: Any] {
        let found = path.flatMap { path in path.isEmpty ? nil : (base ?? schema)?.child(path: path) }
        let choices: [String] = if case .choice(let values) = found { values } else { [] }
        return [
            "dato": path ?? "", "tipo": Self.kind(found), "valores": Self.json(choices),
            "tiene_valores": !choices.isEmpty,
        ]
    }

    /// The kind as metodo.yml names it, which the browser picks an input for.
    static func kind(_ schema: DataSchema?) -> String {
        switch schema {
        case .number: "numero"
        case .flag: "si-no"
        case .date: "fecha"
        case .time: "hora"
        case .choice: "opcion"
        case .months: "meses"
        case .separated: "separados"
        case .list: "lista"
        default: "texto"
        }
    }

    /// A JSON array of strings, for an attribute the browser parses with `JSON.parse`.
    static func json(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ",") + "]"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
