import Diagnostics
import Foundation
import Load
import Model

/// `libro importar`: a worksheet's answers downloaded from the browser, checked against the
/// package and the organization's data, then stored beside the data in `respuestas/`, which
/// the data files never are touched by.
public enum AnswersImport {
    /// What an import will write, and the changes it makes to the organization's data.
    public struct Plan: Sendable {
        public let folder: URL
        public let displayFolder: String
        public let entries: [AnswerEntry]
        /// In Spanish, for the terminal: each path's old value and new one, rows added and removed.
        public let changes: [String]
    }

    public static func prepare(
        file: URL, displayPath: String, slug: String, replace: Bool, options: BuildOptions
    ) -> (Plan?, DiagnosticList) {
        var problems = DiagnosticList()
        guard let text = read(file, displayPath: displayPath, &problems) else { return (nil, problems) }
        let (content, loadProblems) = ContentLoader.load(
            from: options.contentFolder, displayRoot: options.contentDisplayName)
        problems.append(contentsOf: loadProblems.errors)
        guard let content, !loadProblems.hasErrors else { return (nil, problems) }
        guard let method = content.method.organization else {
            problems.append(
                .error(
                    "sin-organizacion-en-metodo", "el paquete no describe qué guarda una organización",
                    at: SourceLocation(file: "\(options.contentDisplayName)/metodo.yml", line: 0)))
            return (nil, problems)
        }
        let decoder = AnswersFileDecoder(worksheets: worksheets(content), method: method, slug: slug)
        var entries = decoder.decode(text, displayPath: displayPath, diagnostics: &problems)
        guard !problems.hasErrors else { return (nil, problems) }
        for index in entries.indices { entries[index].replaces = replace }
        let displayFolder = "\(options.contentDisplayName)/\(OrganizationLoader.folder)/\(slug)"
        let folder = options.contentFolder.appendingPathComponent(OrganizationLoader.folder)
            .appendingPathComponent(slug)
        let (organizations, current) = OrganizationLoader.load(
            slugs: [slug], method: method, contentFolder: options.contentFolder,
            displayRoot: options.contentDisplayName, requestedAt: SourceLocation(file: "--organizacion", line: 0))
        problems.append(contentsOf: current.errors)
        guard let before = organizations.first, !current.hasErrors else { return (nil, problems) }
        let pending = PendingAnswers(entries: entries, replacing: Set(entries.map(\.fileName)))
        let (after, answered) = OrganizationLoader.load(
            folder: folder, slug: slug, displayRoot: displayFolder, method: method, answers: pending)
        problems.append(contentsOf: answered.errors)
        guard let after, !answered.hasErrors else { return (nil, problems) }
        let changes = AnswersDiff(before: before, after: after).lines(entries)
        return (Plan(folder: folder, displayFolder: displayFolder, entries: entries, changes: changes), problems)
    }

    /// Writes each entry to its file in `respuestas/`; the names of the files written.
    public static func apply(_ plan: Plan) throws -> [String] {
        let answers = plan.folder.appendingPathComponent(AnswerEntry.folder)
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        for entry in plan.entries {
            let text = StoredAnswersWriter.text(entry)
            try Data(text.utf8).write(to: plan.folder.appendingPathComponent(entry.fileName), options: .atomic)
        }
        return plan.entries.map { "\(plan.displayFolder)/\($0.fileName)" }
    }

    /// The file's text; nil, with an error, when it is too large or not UTF-8 text.
    private static func read(_ file: URL, displayPath: String, _ problems: inout DiagnosticList) -> String? {
        let place = SourceLocation(file: displayPath, line: 1, column: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
        guard let size else {
            problems.append(.error("archivo-no-encontrado", "no se pudo leer el archivo de respuestas", at: place))
            return nil
        }
        guard size <= AnswersFileDecoder.sizeLimit else {
            problems.append(
                .error(
                    "respuestas-demasiado-grandes",
                    "el archivo pesa \(size / 1000) kB; un archivo de respuestas pesa mucho menos de \(AnswersFileDecoder.sizeLimit / 1_000_000) MB: revisa que sea el correcto",
                    at: place))
            return nil
        }
        guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else {
            problems.append(.error("no-es-texto", "el archivo de respuestas no es texto UTF-8", at: place))
            return nil
        }
        return text
    }

    /// The package's worksheets by page id.
    private static func worksheets(_ content: LoadedContent) -> [String: WorksheetSpec] {
        var found: [String: WorksheetSpec] = [:]
        for page in content.pages {
            for block in page.blocks {
                if case .worksheet(let spec) = block.content { found[page.id] = spec }
            }
        }
        return found
    }
}
