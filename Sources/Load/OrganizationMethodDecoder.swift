import Diagnostics
import Model
import Yams

/// Decodes `organizacion:` of `metodo.yml`: the organization's data files, the pages made from
/// them and how the system map and the plan by months draw them. References between files are
/// checked once every file is known.
struct OrganizationMethodDecoder {
    static let keys = [
        "nombre", "nivel", "calendario", "participantes", "zona_horaria", "zona_horaria_por_omision", "orden",
        "archivos", "paginas", "mapa_del_sistema", "gantt", "agenda",
    ]
    static let fileKeys = ["archivo", "carpeta", "obligatorio", "id", "titulo", "etiqueta", "hoja", "campos"]
    /// Names the pages' templates see beside the files: a file may not take one.
    static let reservedNames = ["organizacion", "ruta", "registro", "nivel_nota", "paginas", "hojas", "paquetes"]

    var fields: FieldSpecDecoder

    mutating func decode(_ node: Node, in parent: YAMLMapping, diagnostics: inout DiagnosticList)
        -> OrganizationMethod?
    {
        guard
            let spec = YAMLMapping(
                node, what: "`organizacion`", in: parent.source, firstLine: parent.firstLine,
                diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(allowed: Self.keys, what: "`organizacion`", diagnostics: &diagnostics)
        var method = OrganizationMethod(location: spec.location)
        if let files = spec.value("archivos") { method.files = self.files(files, in: spec, &diagnostics) }
        method.name = spec.string("nombre", diagnostics: &diagnostics) ?? ""
        method.level = spec.string("nivel", diagnostics: &diagnostics)
        method.calendar = spec.string("calendario", diagnostics: &diagnostics)
        method.participants = spec.string("participantes", diagnostics: &diagnostics)
        method.timeZone = spec.string("zona_horaria", diagnostics: &diagnostics)
        method.defaultTimeZone = spec.string("zona_horaria_por_omision", diagnostics: &diagnostics)
        method.order = spec.int("orden", diagnostics: &diagnostics)
        if let pages = spec.value("paginas") {
            method.pages = PageSpecDecoder.pages(pages, in: spec, files: method.files, diagnostics: &diagnostics)
        }
        method.systemMap = spec.value("mapa_del_sistema").flatMap { systemMap($0, in: spec, &diagnostics) }
        method.gantt = spec.value("gantt").flatMap { gantt($0, in: spec, &diagnostics) }
        method.agenda = spec.value("agenda").flatMap {
            AgendaMethodDecoder.decode($0, in: spec, diagnostics: &diagnostics)
        }
        MethodPaths.check(method, references: fields.references, diagnostics: &diagnostics)
        AgendaMethodDecoder.check(method, diagnostics: &diagnostics)
        return method
    }

    private mutating func files(_ node: Node, in parent: YAMLMapping, _ diagnostics: inout DiagnosticList)
        -> [DataFileSpec]
    {
        guard
            let mapping = YAMLMapping(
                node, what: "`archivos`", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return [] }
        return mapping.keys.compactMap { name in
            mapping.value(name).flatMap { file(name, $0, in: mapping, &diagnostics) }
        }
    }

    private mutating func file(
        _ name: String, _ node: Node, in parent: YAMLMapping, _ diagnostics: inout DiagnosticList
    )
        -> DataFileSpec?
    {
        guard
            let spec = YAMLMapping(
                node, what: "el archivo `\(name)`", in: parent.source, firstLine: parent.firstLine,
                diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(allowed: Self.fileKeys, what: "el archivo `\(name)`", diagnostics: &diagnostics)
        if Self.reservedNames.contains(name) || name.contains(".") || name.hasPrefix("tiene_") {
            diagnostics.append(
                .error(
                    "nombre-reservado",
                    "`\(name)` no sirve como nombre de archivo de la organización: las plantillas ya lo usan para otra cosa (reservados: \(Self.reservedNames.joined(separator: ", ")), y los que empiezan con `tiene_` o llevan `.`)",
                    at: parent.location(ofKey: name) ?? spec.location))
        }
        let shape: DataFileSpec.Shape
        if let folder = spec.string("carpeta", diagnostics: &diagnostics) {
            shape = .folder(folder)
        } else if let file = spec.string("archivo", diagnostics: &diagnostics) {
            shape = file.hasSuffix(".csv") ? .csv(file) : .yaml(file)
        } else {
            diagnostics.append(
                .error(
                    "falta-campo",
                    "falta `archivo:` (un .yml o un .csv) o `carpeta:` (un .yml por registro) en el archivo `\(name)`",
                    at: spec.location))
            return nil
        }
        let fields = spec.value("campos").map { self.fields.fields($0, in: spec, diagnostics: &diagnostics) } ?? []
        var file = DataFileSpec(
            name: name, shape: shape, required: spec.bool("obligatorio", diagnostics: &diagnostics) ?? false,
            fields: fields, id: spec.string("id", diagnostics: &diagnostics),
            title: spec.string("titulo", diagnostics: &diagnostics), location: spec.location)
        file.label = spec.string("etiqueta", diagnostics: &diagnostics)
        file.sheet = spec.string("hoja", diagnostics: &diagnostics)
        return file
    }

    private func systemMap(_ node: Node, in parent: YAMLMapping, _ diagnostics: inout DiagnosticList)
        -> SystemMapSpec?
    {
        guard
            let spec = YAMLMapping(
                node, what: "`mapa_del_sistema`", in: parent.source, firstLine: parent.firstLine,
                diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(
            allowed: ["datos", "grupo", "anillo", "anillos", "negativo"], what: "`mapa_del_sistema`",
            diagnostics: &diagnostics)
        let negative = spec.value("negativo").flatMap {
            YAMLMapping($0, what: "`negativo`", in: spec.source, firstLine: spec.firstLine, diagnostics: &diagnostics)
        }
        guard let data = spec.string("datos", diagnostics: &diagnostics),
            let group = spec.string("grupo", diagnostics: &diagnostics),
            let ring = spec.string("anillo", diagnostics: &diagnostics)
        else {
            diagnostics.append(
                .error("falta-campo", "el mapa necesita `datos:`, `grupo:` y `anillo:`", at: spec.location))
            return nil
        }
        var map = SystemMapSpec(
            data: data, group: group, ring: ring,
            negativeField: negative?.string("campo", diagnostics: &diagnostics) ?? "",
            negativeValue: negative?.string("valor", diagnostics: &diagnostics) ?? "")
        map.rings = spec.value("anillos").map { rings($0, in: spec, &diagnostics) } ?? []
        return map
    }

    /// `anillos:` each value of the ring field, closest first, with its line: `grosor` (width)
    /// and `trazo` (an SVG dash pattern such as `"9 6"`; none draws it solid).
    private func rings(_ node: Node, in parent: YAMLMapping, _ diagnostics: inout DiagnosticList)
        -> [SystemMapSpec.Ring]
    {
        guard
            let mapping = YAMLMapping(
                node, what: "`anillos`", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return [] }
        return mapping.keys.compactMap { value -> SystemMapSpec.Ring? in
            guard
                let style = mapping.value(value).flatMap({
                    YAMLMapping(
                        $0, what: "el anillo `\(value)`", in: parent.source, firstLine: parent.firstLine,
                        diagnostics: &diagnostics)
                })
            else { return nil }
            style.rejectUnknownKeys(allowed: ["grosor", "trazo"], what: "el anillo", diagnostics: &diagnostics)
            let width = style.string("grosor", diagnostics: &diagnostics).flatMap(Double.init) ?? 2
            let dash = style.string("trazo", diagnostics: &diagnostics)
            if let dash, !dash.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." }) {
                diagnostics.append(
                    .error(
                        "valor-no-valido", "`trazo:` es una serie de números separados por espacios, como \"9 6\"",
                        at: style.locationOfValue("trazo") ?? style.location))
                return SystemMapSpec.Ring(
                    value: value, width: width, dash: nil, location: mapping.location(ofKey: value))
            }
            return SystemMapSpec.Ring(value: value, width: width, dash: dash, location: mapping.location(ofKey: value))
        }
    }

    private func gantt(_ node: Node, in parent: YAMLMapping, _ diagnostics: inout DiagnosticList) -> GanttSpec? {
        guard
            let spec = YAMLMapping(
                node, what: "`gantt`", in: parent.source, firstLine: parent.firstLine, diagnostics: &diagnostics)
        else { return nil }
        spec.rejectUnknownKeys(
            allowed: ["datos", "numero", "actividad", "meses", "columnas", "inicio"], what: "`gantt`",
            diagnostics: &diagnostics)
        guard let data = spec.string("datos", diagnostics: &diagnostics),
            let number = spec.string("numero", diagnostics: &diagnostics),
            let title = spec.string("actividad", diagnostics: &diagnostics),
            let months = spec.string("meses", diagnostics: &diagnostics)
        else {
            diagnostics.append(
                .error(
                    "falta-campo", "el plan por meses necesita `datos:`, `numero:`, `actividad:` y `meses:`",
                    at: spec.location))
            return nil
        }
        return GanttSpec(
            data: data, number: number, title: title, months: months,
            columns: spec.stringList("columnas", diagnostics: &diagnostics) ?? [],
            start: spec.locatedText("inicio", diagnostics: &diagnostics))
    }
}
