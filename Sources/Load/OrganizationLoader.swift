import Diagnostics
import Foundation
import Model
import Yams

/// LOAD for organizations: reads the data files of each organization a build includes from
/// `content/organizaciones/<slug>/`, checks them against their schemas and checks the references
/// between them. Other organizations' folders are never read.
public enum OrganizationLoader {
    public static let folder = "organizaciones"

    /// The organization whose data is in `folder`, wherever it is: the package's example, which
    /// the workbook template is made from.
    /// - Parameter answers: answers being imported, over those stored.
    public static func load(
        folder: URL, slug: String, displayRoot: String, method: OrganizationMethod,
        answers: PendingAnswers = PendingAnswers()
    ) -> (Organization?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let reader = FolderReader(folder: folder, displayRoot: displayRoot, method: method, answers: answers)
        return (reader.organization(slug: slug, diagnostics: &diagnostics), diagnostics)
    }

    /// Whether `slug` may name an organization's folder: lowercase ASCII, digits and `-`.
    public static func isValidSlug(_ slug: String) -> Bool { IDSyntax.isValid(slug) }

    /// - Parameter method: what the package says an organization keeps; without it, naming an
    ///   organization is an error.
    public static func load(
        slugs: [String],
        method: OrganizationMethod?,
        contentFolder: URL,
        displayRoot: String,
        requestedAt location: SourceLocation
    ) -> ([Organization], DiagnosticList) {
        var diagnostics = DiagnosticList()
        guard !slugs.isEmpty else { return ([], diagnostics) }
        guard let method else {
            for slug in slugs where !IDSyntax.isValid(slug) {
                diagnostics.append(
                    IDSyntax.problem(slug, what: "el nombre de la carpeta de la organización", at: location))
            }
            diagnostics.append(
                .error(
                    "sin-organizacion-en-metodo",
                    "el paquete no describe qué guarda una organización: agrega `organizacion:` a \(displayRoot)/metodo.yml, o construye sin organizaciones (--sin-organizaciones)",
                    at: location))
            return ([], diagnostics)
        }
        let root = contentFolder.appendingPathComponent(folder)
        var organizations: [Organization] = []
        var named: Set<String> = []
        for slug in slugs {
            guard named.insert(slug).inserted else {
                diagnostics.append(
                    .error(
                        "organizacion-repetida",
                        "la organización «\(slug)» se nombra más de una vez; nómbrala una sola vez",
                        at: location))
                continue
            }
            guard let folder = existingFolder(slug, in: root, displayRoot: displayRoot, at: location, &diagnostics)
            else { continue }
            let reader = FolderReader(
                folder: folder, displayRoot: "\(displayRoot)/\(Self.folder)/\(slug)", method: method)
            if let organization = reader.organization(slug: slug, diagnostics: &diagnostics) {
                organizations.append(organization)
            }
        }
        return (organizations, diagnostics)
    }

    /// The organization's folder, or nil with a located error naming the ones there are.
    private static func existingFolder(
        _ slug: String, in root: URL, displayRoot: String, at location: SourceLocation,
        _ diagnostics: inout DiagnosticList
    ) -> URL? {
        guard IDSyntax.isValid(slug) else {
            diagnostics.append(IDSyntax.problem(slug, what: "el nombre de la carpeta de la organización", at: location))
            return nil
        }
        var isFolder: ObjCBool = false
        let folder = root.appendingPathComponent(slug)
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            let available = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
            let listed = available.isEmpty ? "no hay ninguna" : "hay: " + available.joined(separator: ", ")
            diagnostics.append(
                .error(
                    "organizacion-no-encontrada",
                    "no existe la organización «\(slug)» en \(displayRoot)/\(self.folder)/\(Suggestion.phrase(for: slug, in: available)) (\(listed))",
                    at: location
                )
            )
            return nil
        }
        return folder
    }
}

/// Reads one organization's folder against the method: each data file it describes, and no
/// other file.
private struct FolderReader {
    let folder: URL
    let displayRoot: String
    let method: OrganizationMethod
    var answers = PendingAnswers()

    func organization(slug: String, diagnostics: inout DiagnosticList) -> Organization? {
        let listing = try? FileTree.listing(in: folder)
        diagnostics.append(contentsOf: listing?.problems(displayRoot: displayRoot) ?? [])
        // A spreadsheet program's lock file beside an open workbook is not data.
        let present = (listing?.files ?? []).filter { !WorkbookFile.isLock($0) }
        if present.contains(WorkbookPlan.fileName) {
            let others = present.filter { $0 != WorkbookPlan.fileName && isKnown($0) }
            guard others.isEmpty else {
                diagnostics.append(WorkbookFile.bothKinds(others, at: "\(displayRoot)/\(WorkbookPlan.fileName)"))
                return nil
            }
            reportUnknownFiles(present.filter { $0 != WorkbookPlan.fileName }, &diagnostics)
            let reader = WorkbookFile(folder: folder, displayRoot: displayRoot, method: method)
            guard let files = reader.files(&diagnostics) else { return nil }
            let answered = withAnswers(files, present: present, &diagnostics)
            return organization(slug: slug, files: answered, unreadable: [], &diagnostics)
        }
        reportUnknownFiles(present, &diagnostics)
        var files: [DataFileRecords] = []
        var unreadable: Set<String> = []
        for spec in method.files {
            let before = diagnostics.errors.count
            guard let records = read(spec, present: present, &diagnostics) else {
                // A required file missing: nothing can be made of the organization.
                return nil
            }
            if records.present && records.records.isEmpty && diagnostics.errors.count != before {
                unreadable.insert(spec.name)
            }
            files.append(records)
        }
        let answered = withAnswers(files, present: present, &diagnostics)
        return organization(slug: slug, files: answered, unreadable: unreadable, &diagnostics)
    }

    private func organization(
        slug: String, files: [DataFileRecords], unreadable: Set<String>, _ diagnostics: inout DiagnosticList
    ) -> Organization {
        var organization = Organization(slug: slug, folder: displayRoot, files: files)
        organization.name = organization.value(at: method.name)?.text ?? ""
        organization.level = method.level.flatMap { organization.value(at: $0)?.text } ?? ""
        organization.calendar = calendar(organization, &diagnostics)
        organization.timeZone = OrganizationTimeZone.resolve(organization, method: method, diagnostics: &diagnostics)
        OrganizationReferences.check(organization, method: method, skipping: unreadable, diagnostics: &diagnostics)
        return organization
    }

    /// The scheduled sessions, each with the agenda settings its record gives.
    private func calendar(_ organization: Organization, _ diagnostics: inout DiagnosticList) -> [ScheduledSession] {
        let records = method.calendar.flatMap { organization.value(at: $0) }?.list.compactMap(\.record) ?? []
        var sessions: [ScheduledSession] = []
        for record in records {
            guard var session = ScheduledSession(record) else { continue }
            session.agenda = AgendaSettingsReader.read(record, method: method.agenda, diagnostics: &diagnostics)
            sessions.append(session)
        }
        return sessions
    }

    private func reportUnknownFiles(_ files: [String], _ diagnostics: inout DiagnosticList) {
        let known =
            method.files.map { spec -> String in
                switch spec.shape {
                case .yaml(let name), .csv(let name): name
                case .folder(let name): "\(name)/<id>.yml"
                }
            } + [WorkbookPlan.fileName, "\(AnswerEntry.folder)/<hoja>.yml"]
        for file in files where !isKnown(file) && !isRecordFile(file, in: AnswerEntry.folder) {
            diagnostics.append(
                .error(
                    "archivo-desconocido",
                    "libro no sabe qué hacer con «\(file)» en una organización\(Suggestion.phrase(for: file, in: known)) (archivos válidos: \(known.joined(separator: ", ")))",
                    at: SourceLocation(file: "\(displayRoot)/\(file)")
                )
            )
        }
    }

    private func isKnown(_ file: String) -> Bool {
        method.files.contains { spec in
            switch spec.shape {
            case .yaml(let name), .csv(let name): file == name
            case .folder(let name): isRecordFile(file, in: name)
            }
        }
    }

    func isRecordFile(_ file: String, in folder: String) -> Bool {
        file.hasPrefix(folder + "/") && file.hasSuffix(".yml") && !file.dropFirst(folder.count + 1).contains("/")
    }

    /// A file's records; nil when it is required and missing.
    private func read(_ spec: DataFileSpec, present: [String], _ diagnostics: inout DiagnosticList)
        -> DataFileRecords?
    {
        switch spec.shape {
        case .yaml(let name):
            guard present.contains(name) else {
                if spec.required { diagnostics.append(missingRequired(name, spec)) }
                return spec.required ? nil : DataFileRecords(name: spec.name, single: true)
            }
            let record = yaml(name, spec.schema, &diagnostics)
            return DataFileRecords(
                name: spec.name, records: record.map { [$0] } ?? [], ids: [], present: record != nil, single: true)
        case .csv(let name):
            guard present.contains(name) else { return DataFileRecords(name: spec.name) }
            let rows = csv(name, spec, &diagnostics)
            return DataFileRecords(
                name: spec.name, records: rows, ids: rows.map { $0.text(spec.id ?? "") }, present: true)
        case .folder(let name):
            let files = present.filter { isRecordFile($0, in: name) }
            var records = DataFileRecords(name: spec.name, present: !files.isEmpty)
            for file in files {
                let id = String(file.dropFirst(name.count + 1).dropLast(".yml".count))
                guard let record = yaml(file, spec.schema, &diagnostics) else { continue }
                if !IDSyntax.isValid(id) {
                    diagnostics.append(IDSyntax.problem(id, what: "el nombre del archivo", at: record.location))
                }
                records.records.append(record)
                records.ids.append(id)
            }
            return records
        }
    }

    private func yaml(_ file: String, _ schema: DataSchema, _ diagnostics: inout DiagnosticList) -> DataRecord? {
        guard let source = SourceReader.read(file, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics)
        else { return nil }
        switch YAMLParsing.parse(source.text, in: source, firstLine: 1) {
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        case .success(let node):
            let decoder = SchemaDecoder(source: source, firstLine: 1)
            return decoder.decodeEntry(node, as: schema, key: "", diagnostics: &diagnostics).record
        }
    }

    /// A CSV file's rows, read as a spreadsheet may have saved it: in another encoding or with
    /// another separator.
    private func csv(_ file: String, _ spec: DataFileSpec, _ diagnostics: inout DiagnosticList) -> [DataRecord] {
        guard
            let source = SourceReader.read(
                file, in: folder, displayRoot: displayRoot, encodings: .spreadsheetExport, diagnostics: &diagnostics)
        else { return [] }
        let separator = CSVSeparator.detect(in: source, columns: Set(spec.fields.map(\.name)))
        switch CSVTable.parse(source, separator: separator) {
        case .failure(let problem):
            diagnostics.append(problem)
            return []
        case .success(let table):
            return CSVRecords.decode(
                table, columns: spec.fields, file: spec.name, in: source, diagnostics: &diagnostics)
        }
    }

    private func missingRequired(_ name: String, _ spec: DataFileSpec) -> Diagnostic {
        let required = spec.fields.filter(\.required).map { "`\($0.name)`" }
        let fields = required.isEmpty ? "" : " con " + required.joined(separator: ", ")
        return .error(
            "falta-archivo", "la organización no tiene `\(name)`; créalo\(fields)",
            at: SourceLocation(file: "\(displayRoot)/\(name)"))
    }
}

/// Answers to put over an organization's stored ones: an import's, before it writes them.
public struct PendingAnswers: Sendable {
    public var entries: [AnswerEntry]
    /// Stored answers files the entries replace, which are not read.
    public var replacing: Set<String>

    public init(entries: [AnswerEntry] = [], replacing: Set<String> = []) {
        self.entries = entries
        self.replacing = replacing
    }
}

extension FolderReader {
    /// The files with the answers stored in `respuestas/`, then the pending ones, over them.
    func withAnswers(_ files: [DataFileRecords], present: [String], _ diagnostics: inout DiagnosticList)
        -> [DataFileRecords]
    {
        let stored = present.filter { isRecordFile($0, in: AnswerEntry.folder) && !answers.replacing.contains($0) }
        guard !stored.isEmpty || !answers.entries.isEmpty else { return files }
        var overlay = AnswersOverlay(method: method, files: files)
        for file in stored.sorted() {
            guard let source = SourceReader.read(file, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics),
                let entry = StoredAnswersDecoder.decode(source, method: method, diagnostics: &diagnostics)
            else { continue }
            overlay.apply(entry, diagnostics: &diagnostics)
        }
        for entry in answers.entries { overlay.apply(entry, diagnostics: &diagnostics) }
        return overlay.files
    }
}

/// Ids that data files give and name: slugs, safe in file names and URLs.
enum IDSyntax {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func problem(_ id: String, what: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "id-no-valido",
            "«\(id)» no sirve como id (\(what)): usa minúsculas sin acentos, dígitos y `-`, como `mi-organizacion`",
            at: location
        )
    }
}
