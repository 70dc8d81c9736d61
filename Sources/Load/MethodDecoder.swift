import Diagnostics
import Foundation
import Model
import Yams

/// Reads `content/metodo.yml`, the package's method: the words its cartas use, its levels and the
/// sessions each level's path takes.
public enum MethodDecoder {
    static let fileName = "metodo.yml"
    static let keys = ["componentes", "modalidades", "niveles", "organizacion", "textos"]
    static let levelKeys = ["nombre", "sesiones", "nota"]

    /// The method of the package in `folder`; an empty one when it has no `metodo.yml`.
    public static func read(from folder: URL, displayRoot: String) -> (PackageMethod, DiagnosticList) {
        var diagnostics = DiagnosticList()
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path),
            let source = SourceReader.read(fileName, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics)
        else { return (PackageMethod(), diagnostics) }
        return (decode(source, diagnostics: &diagnostics), diagnostics)
    }

    static func decode(_ source: SourceText, diagnostics: inout DiagnosticList) -> PackageMethod {
        var method = PackageMethod()
        method.location = source.location(line: 1)
        guard
            let fields = YAMLMapping.parse(
                source.text, what: fileName, in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return method }
        fields.rejectUnknownKeys(allowed: keys, what: fileName, diagnostics: &diagnostics)
        method.components = fields.stringList("componentes", diagnostics: &diagnostics) ?? []
        method.modalities = fields.stringList("modalidades", diagnostics: &diagnostics) ?? []
        method.levels = levels(fields, &diagnostics)
        if let node = fields.value("organizacion") {
            var decoder = OrganizationMethodDecoder(
                fields: FieldSpecDecoder(vocabularies: [
                    "niveles": method.levels.map(\.name), "modalidades": method.modalities,
                ]))
            method.organization = decoder.decode(node, in: fields, diagnostics: &diagnostics)
        }
        method.strings = strings(fields, &diagnostics)
        return method
    }

    /// `textos:` UI strings of the package, each a key and its text.
    private static func strings(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> [String: String] {
        guard let node = fields.value("textos"),
            let texts = YAMLMapping(
                node, what: "`textos`", in: fields.source, firstLine: fields.firstLine, diagnostics: &diagnostics)
        else { return [:] }
        var strings: [String: String] = [:]
        for key in texts.keys {
            strings[key] = texts.string(key, diagnostics: &diagnostics)
        }
        return strings
    }

    /// `niveles:` a list of `nombre`, `sesiones` (the numbers of the sessions the level's path
    /// takes) and an optional `nota`.
    private static func levels(_ fields: YAMLMapping, _ diagnostics: inout DiagnosticList) -> [MethodLevel] {
        guard let node = fields.value("niveles") else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(fields.typeError("niveles", expected: "una lista de niveles (`- nombre: …`)", at: node))
            return []
        }
        var names: Set<String> = []
        return items.compactMap { item -> MethodLevel? in
            guard
                let level = YAMLMapping(
                    item, what: "un nivel", in: fields.source, firstLine: fields.firstLine, diagnostics: &diagnostics)
            else { return nil }
            level.rejectUnknownKeys(allowed: levelKeys, what: "el nivel", diagnostics: &diagnostics)
            guard let name = level.string("nombre", diagnostics: &diagnostics), !name.isEmpty else {
                diagnostics.append(
                    .error("falta-campo", "falta `nombre:` en el nivel y es obligatorio", at: level.location))
                return nil
            }
            if !names.insert(name).inserted {
                diagnostics.append(
                    .error(
                        "id-repetido", "ya hay otro nivel llamado «\(name)»; cada nivel se nombra una vez",
                        at: level.locationOfValue("nombre") ?? level.location))
            }
            let sessions = level.sessionNumbers("sesiones", diagnostics: &diagnostics)
            return MethodLevel(
                name: name, sessions: sessions, note: level.string("nota", diagnostics: &diagnostics) ?? "",
                location: level.locationOfValue("sesiones") ?? level.location)
        }
    }
}
