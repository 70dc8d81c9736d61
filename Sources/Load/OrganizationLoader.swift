import Diagnostics
import Foundation
import Model
import Yams

/// LOAD for organizations: reads the data files of each organization a build includes from
/// `content/organizaciones/<slug>/`, checks them against their schemas and checks the references
/// between them. Other organizations' folders are never read.
public enum OrganizationLoader {
    public static let folder = "organizaciones"

    /// Whether `slug` may name an organization's folder: lowercase ASCII, digits and `-`.
    public static func isValidSlug(_ slug: String) -> Bool { IDSyntax.isValid(slug) }

    public static func load(
        slugs: [String],
        contentFolder: URL,
        displayRoot: String,
        requestedAt location: SourceLocation
    ) -> ([Organization], DiagnosticList) {
        var diagnostics = DiagnosticList()
        let root = contentFolder.appendingPathComponent(folder)
        let available = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
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
            guard IDSyntax.isValid(slug) else {
                diagnostics.append(
                    IDSyntax.problem(slug, what: "el nombre de la carpeta de la organización", at: location))
                continue
            }
            var isFolder: ObjCBool = false
            guard !slug.contains("/"), !slug.hasPrefix("."),
                FileManager.default.fileExists(atPath: root.appendingPathComponent(slug).path, isDirectory: &isFolder),
                isFolder.boolValue
            else {
                let listed = available.isEmpty ? "no hay ninguna" : "hay: " + available.joined(separator: ", ")
                diagnostics.append(
                    .error(
                        "organizacion-no-encontrada",
                        "no existe la organización «\(slug)» en \(displayRoot)/\(folder)/\(Suggestion.phrase(for: slug, in: available)) (\(listed))",
                        at: location
                    )
                )
                continue
            }
            let reader = FolderReader(
                folder: root.appendingPathComponent(slug),
                displayRoot: "\(displayRoot)/\(folder)/\(slug)"
            )
            if let organization = reader.organization(slug: slug, diagnostics: &diagnostics) {
                organizations.append(organization)
            }
        }
        return (organizations, diagnostics)
    }
}

/// Reads one organization's folder.
private struct FolderReader {
    let folder: URL
    let displayRoot: String

    func organization(slug: String, diagnostics: inout DiagnosticList) -> Organization? {
        let listing = try? FileTree.listing(in: folder)
        diagnostics.append(contentsOf: listing?.problems(displayRoot: displayRoot) ?? [])
        let files = listing?.files ?? []
        for file in files where !isKnown(file) {
            let known = OrganizationSchema.files + ["\(OrganizationSchema.alliesFolder)/<aliado>.yml"]
            diagnostics.append(
                .error(
                    "archivo-desconocido",
                    "libro no sabe qué hacer con «\(file)» en una organización\(Suggestion.phrase(for: file, in: known)) (archivos válidos: \(known.joined(separator: ", ")))",
                    at: SourceLocation(file: "\(displayRoot)/\(file)")
                )
            )
        }
        guard files.contains(OrganizationSchema.profileFile) else {
            diagnostics.append(
                .error(
                    "falta-perfil",
                    "la organización no tiene `\(OrganizationSchema.profileFile)`; créalo con su `nombre`, `mision` y `nivel`",
                    at: SourceLocation(file: "\(displayRoot)/\(OrganizationSchema.profileFile)")
                )
            )
            return nil
        }
        guard let profile = yaml(OrganizationSchema.profileFile, OrganizationSchema.profile, &diagnostics) else {
            return nil
        }
        var organization = Organization(slug: slug, folder: displayRoot, profile: profile)
        var actorsReadable = true
        if files.contains(OrganizationSchema.actorsFile) {
            let before = diagnostics.errors.count
            organization.actors = csv(OrganizationSchema.actorsFile, OrganizationSchema.actorColumns, &diagnostics)
            actorsReadable = !organization.actors.isEmpty || diagnostics.errors.count == before
        }
        for file in files where isAlly(file) {
            let id = String(file.dropFirst(OrganizationSchema.alliesFolder.count + 1).dropLast(".yml".count))
            guard let record = yaml(file, OrganizationSchema.ally, &diagnostics) else { continue }
            if !IDSyntax.isValid(id) {
                diagnostics.append(IDSyntax.problem(id, what: "el nombre del archivo", at: record.location))
            }
            organization.allies.append(Organization.Ally(id: id, record: record))
        }
        if files.contains(OrganizationSchema.strategiesFile) {
            organization.strategies = yaml(
                OrganizationSchema.strategiesFile, OrganizationSchema.strategies, &diagnostics)
        }
        let strategiesReadable = organization.strategies != nil || !files.contains(OrganizationSchema.strategiesFile)
        if files.contains(OrganizationSchema.resultsFile) {
            organization.resultsMap = yaml(OrganizationSchema.resultsFile, OrganizationSchema.resultsMap, &diagnostics)
        }
        if files.contains(OrganizationSchema.workPlanFile) {
            organization.workPlan = csv(
                OrganizationSchema.workPlanFile, OrganizationSchema.workPlanColumns, &diagnostics)
        }
        // An unreadable actors file would make every ally's actor look missing; say only that.
        OrganizationReferences.check(
            organization, checkingActors: actorsReadable, checkingStrategies: strategiesReadable,
            diagnostics: &diagnostics)
        return organization
    }

    private func isKnown(_ file: String) -> Bool {
        OrganizationSchema.files.contains(file) || isAlly(file)
    }

    private func isAlly(_ file: String) -> Bool {
        let prefix = OrganizationSchema.alliesFolder + "/"
        return file.hasPrefix(prefix) && file.hasSuffix(".yml") && !file.dropFirst(prefix.count).contains("/")
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

    private func csv(_ file: String, _ columns: [DataField], _ diagnostics: inout DiagnosticList) -> [DataRecord] {
        guard let source = SourceReader.read(file, in: folder, displayRoot: displayRoot, diagnostics: &diagnostics)
        else { return [] }
        switch CSVTable.parse(source) {
        case .failure(let problem):
            diagnostics.append(problem)
            return []
        case .success(let table):
            return CSVRecords.decode(table, columns: columns, in: source, diagnostics: &diagnostics)
        }
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
            "«\(id)» no sirve como id (\(what)): usa minúsculas sin acentos, dígitos y `-`, como `universidad-fronteriza`",
            at: location
        )
    }
}
