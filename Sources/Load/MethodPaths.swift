import Diagnostics
import Model

/// What the organization part of a method names must exist in it: every reference's target (a
/// file with ids, a list with ids inside one, or `sesiones`), the fields that hold the
/// organization's name, level and calendar, and those the map and the plan by months draw.
enum MethodPaths {
    static let sessions = OrganizationMethod.sessions

    static func check(_ method: OrganizationMethod, references: [LocatedText], diagnostics: inout DiagnosticList) {
        let targets = referenceTargets(method)
        for reference in references where !targets.contains(reference.text) {
            diagnostics.append(
                .error(
                    "referencia-no-encontrada",
                    "«\(reference.text)» no es un archivo ni una lista con `id` de la organización\(Suggestion.phrase(for: reference.text, in: targets)) (se puede nombrar: \(targets.sorted().joined(separator: ", ")))",
                    at: reference.location))
        }
        for (path, what) in [
            (method.name, "nombre"), (method.level ?? "", "nivel"), (method.calendar ?? "", "calendario"),
            (method.timeZone ?? "", "zona_horaria"), (method.participants ?? "", "participantes"),
        ]
        where !path.isEmpty && field(at: path, in: method) == nil {
            diagnostics.append(missing(path, what: "`\(what)`", at: method.location))
        }
        if let map = method.systemMap {
            for name in [map.group, map.ring, map.negativeField] where !name.isEmpty {
                expect(name, in: map.data, of: method, what: "`mapa_del_sistema`", &diagnostics)
            }
            checkRings(map, method, &diagnostics)
        }
        if let gantt = method.gantt {
            for name in [gantt.number, gantt.title, gantt.months] + gantt.columns {
                expect(name, in: gantt.data, of: method, what: "`gantt`", &diagnostics)
            }
            checkStart(gantt, method, &diagnostics)
        }
    }

    /// Files whose records have ids, lists with ids inside a file (`estrategias.transversales`),
    /// and the sessions.
    static func referenceTargets(_ method: OrganizationMethod) -> [String] {
        var targets = [sessions]
        for file in method.files {
            if file.hasIDs { targets.append(file.name) }
            for field in file.fields where field.itemID != nil { targets.append("\(file.name).\(field.name)") }
        }
        return targets
    }

    /// The field a dotted path names: a file, then fields down through records and lists.
    static func field(at path: String, in method: OrganizationMethod) -> DataField? {
        let parts = path.split(separator: ".").map(String.init)
        guard let file = parts.first.flatMap(method.file(named:)), parts.count > 1 else { return nil }
        var schema = file.schema
        var found: DataField?
        for name in parts.dropFirst() {
            guard case .record(let fields) = schema.itemSchema, let next = fields.first(where: { $0.name == name })
            else { return nil }
            found = next
            schema = next.schema
        }
        return found
    }

    /// The plan's start names a date field, or its months could not be named.
    private static func checkStart(
        _ gantt: GanttSpec, _ method: OrganizationMethod, _ diagnostics: inout DiagnosticList
    ) {
        guard let start = gantt.start else { return }
        guard let found = field(at: start.text, in: method) else {
            diagnostics.append(missing(start.text, what: "`gantt › inicio`", at: start.location))
            return
        }
        if found.schema != .date {
            diagnostics.append(
                .error(
                    "campo-no-es-fecha",
                    "`gantt › inicio` debe nombrar un campo de tipo fecha, y «\(start.text)» no lo es",
                    at: start.location))
        }
    }

    /// Each ring names a value the ring field can take, or it would never be drawn.
    private static func checkRings(
        _ map: SystemMapSpec, _ method: OrganizationMethod, _ diagnostics: inout DiagnosticList
    ) {
        guard case .choice(let values) = field(at: "\(map.data).\(map.ring)", in: method)?.schema else { return }
        for ring in map.rings where !values.contains(ring.value) {
            diagnostics.append(
                .error(
                    "valor-no-valido",
                    "«\(ring.value)» en `anillos` no es un valor de `\(map.data).\(map.ring)`\(Suggestion.phrase(for: ring.value, in: values)) (valores: \(values.joined(separator: ", ")))",
                    at: ring.location ?? method.location))
        }
    }

    private static func expect(
        _ name: String, in file: String, of method: OrganizationMethod, what: String,
        _ diagnostics: inout DiagnosticList
    ) {
        if field(at: "\(file).\(name)", in: method) == nil {
            diagnostics.append(missing("\(file).\(name)", what: what, at: method.location))
        }
    }

    private static func missing(_ path: String, what: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "referencia-no-encontrada",
            "\(what) nombra «\(path)», que no es un campo de los archivos de la organización", at: location)
    }
}

extension DataSchema {
    /// A list's items, or the schema itself.
    public var itemSchema: DataSchema {
        if case .list(let item) = self { return item }
        return self
    }
}
