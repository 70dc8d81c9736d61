// Fuzz target: an organization's data files (YAML and CSV, each against its schema, and the
// references between them), then the pages DERIVE writes from data that loads without errors.
// See Tests/Fuzz/run.sh.
import Derive
import Diagnostics
import Foundation
import FuzzDriver
import Load
import Model
import Theme

/// The repository, found from this file so the target runs from any folder.
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The first byte of an input picks the file the rest of it becomes (modulo the count: the digits
/// `0`…`5` in a text seed), and the valid files of the shipped example it refers to or is referred
/// to by go beside it, so the checks between files run against real data. The other files are left
/// out: reading every file for every input would take most of the time.
private let fuzzedFiles: [(file: String, companions: [String])] = [
    ("perfil.yml", []),
    ("actores.csv", ["perfil.yml"] + allies),
    ("estrategias.yml", ["perfil.yml", "mapa-de-resultados.yml", "actores.csv"] + allies),
    ("mapa-de-resultados.yml", ["perfil.yml", "estrategias.yml", "actores.csv"] + allies),
    ("plan-de-trabajo.csv", ["perfil.yml"]),
    ("aliados/universidad-fronteriza-juarez.yml", ["perfil.yml", "actores.csv"]),
]

private let allies = [
    "aliados/fondo-juventudes-sin-violencia.yml", "aliados/maquiladora-electronica-del-norte.yml",
    "aliados/universidad-fronteriza-juarez.yml",
]

private let slug = "voces-del-bravo"

/// Everything made once per process: the valid files, a content folder for them, the theme.
private final class Fixture {
    let contentFolder: URL
    let organizationFolder: URL
    let validFiles: [String: Data]
    let content: LoadedContent
    let templates: TemplateSet
    let theme: LoadedTheme
    /// The files now in the organization's folder, to write only what changes between inputs.
    private var written: [String: Data] = [:]

    init() {
        let example = repository.appendingPathComponent("content/\(OrganizationLoader.folder)/\(slug)")
        var files: [String: Data] = [:]
        for (file, _) in fuzzedFiles {
            guard let data = FileManager.default.contents(atPath: example.appendingPathComponent(file).path) else {
                fatalError("fuzz-data-files: cannot read \(file) in \(example.path)")
            }
            files[file] = data
        }
        for ally in allies {
            files[ally] = FileManager.default.contents(atPath: example.appendingPathComponent(ally).path)
        }
        validFiles = files
        contentFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("libro-fuzz-data-files-\(ProcessInfo.processInfo.processIdentifier)")
        organizationFolder = contentFolder.appendingPathComponent("\(OrganizationLoader.folder)/\(slug)")
        try? FileManager.default.removeItem(at: contentFolder)
        do {
            try FileManager.default.createDirectory(
                at: organizationFolder.appendingPathComponent("aliados"), withIntermediateDirectories: true)
        } catch {
            fatalError("fuzz-data-files: cannot create \(organizationFolder.path): \(error)")
        }
        // The shipped pages only for their worksheets, which DERIVE fills with the data.
        let packageFolder = repository.appendingPathComponent("content")
        let (loaded, _) = ContentLoader.load(from: packageFolder, displayRoot: "content")
        let (themeOnly, _) = ThemeLoader.load(from: repository.appendingPathComponent("theme"), displayRoot: "theme")
        var problems = DiagnosticList()
        guard let loaded else { fatalError("fuzz-data-files: the shipped content does not load") }
        let (theme, _) = ThemeLoader.overlay(
            themeOnly, packageFolder: packageFolder, displayRoot: "content", strings: loaded.method.strings)
        guard let templates = TemplateSet(theme: theme, diagnostics: &problems) else {
            fatalError("fuzz-data-files: the shipped templates do not load: \(problems.sorted)")
        }
        content = loaded
        self.templates = templates
        self.theme = theme
    }

    /// Loads the organization with `data` as `file` beside the valid `companions`.
    func run(_ data: Data, as file: String, companions: [String]) {
        var wanted: [String: Data] = [file: data]
        for companion in companions { wanted[companion] = validFiles[companion] }
        for (name, _) in written where wanted[name] == nil {
            try? FileManager.default.removeItem(at: organizationFolder.appendingPathComponent(name))
            written[name] = nil
        }
        for (name, bytes) in wanted where written[name] != bytes {
            let url = organizationFolder.appendingPathComponent(name)
            guard (try? bytes.write(to: url)) != nil else { fatalError("fuzz-data-files: cannot write \(url.path)") }
            written[name] = bytes
        }
        let (organizations, problems) = OrganizationLoader.load(
            slugs: [slug],
            method: content.method.organization,
            contentFolder: contentFolder,
            displayRoot: "content",
            requestedAt: SourceLocation(file: "content/libro.yml")
        )
        _ = problems.sorted.map(\.description)
        // As in a build: pages made from data with errors would only repeat them.
        guard !problems.hasErrors else { return }
        let derived = PageDeriver.derive(
            from: content,
            organizations: organizations,
            // Nothing remembered from earlier inputs, so memory does not grow run after run.
            templates: templates.forNextBuild(),
            theme: theme
        )
        _ = (derived.pages.count, derived.bodies.count, derived.problems.sorted.map(\.description))
    }
}

nonisolated(unsafe) private var fixture: Fixture?

private func run(_ data: Data) {
    guard let selector = data.first else { return }
    if fixture == nil {
        fixture = Fixture()
        atexit { if let folder = fixture?.contentFolder { try? FileManager.default.removeItem(at: folder) } }
    }
    let (file, companions) = fuzzedFiles[Int(selector) % fuzzedFiles.count]
    fixture?.run(data.dropFirst(), as: file, companions: companions)
}

@main
enum Fuzzer {
    static func main() throws { try FuzzDriver.run(run) }
}
