import Diagnostics
import Foundation
import Load
import Model
import Spreadsheet

/// `libro exportar --excel` and `libro nuevo organizacion --excel`: an organization's data, or the
/// package's example of it, as a workbook a facilitator fills in a spreadsheet program.
public enum WorkbookExport {
    /// The workbook with the data of the organization `slug` of the package in `options`' content.
    public static func export(slug: String, options: BuildOptions) -> (data: Data?, problems: DiagnosticList) {
        let (method, problems) = MethodDecoder.read(
            from: options.contentFolder, displayRoot: options.contentDisplayName)
        guard !problems.hasErrors else { return (nil, problems) }
        let (organizations, loadProblems) = OrganizationLoader.load(
            slugs: [slug], method: method.organization, contentFolder: options.contentFolder,
            displayRoot: options.contentDisplayName, requestedAt: SourceLocation(file: "--organizacion", line: 0))
        guard let organization = organizations.first, let organizationMethod = method.organization,
            !loadProblems.hasErrors
        else { return (nil, loadProblems) }
        return write(organization, organizationMethod, at: "--salida")
    }

    /// `organizacion.xlsx` for a new organization, with the package's example data, in its new
    /// folder; never over anything.
    public static func template(slug: String, contentFolder: URL, displayRoot: String) -> Result<String, Diagnostic> {
        let shown = "\(displayRoot)/\(OrganizationLoader.folder)/\(slug)"
        let (method, problems) = MethodDecoder.read(from: contentFolder, displayRoot: displayRoot)
        guard let organizationMethod = method.organization else {
            return .failure(
                problems.errors.first
                    ?? .error(
                        "sin-organizacion-en-metodo",
                        "el paquete no describe qué guarda una organización: agrega `organizacion:` a \(displayRoot)/metodo.yml",
                        at: SourceLocation(file: "\(displayRoot)/metodo.yml", line: 0)))
        }
        let example = contentFolder.appendingPathComponent(ContentLoader.scaffoldFolder).appendingPathComponent(
            "organizacion")
        let (organization, exampleProblems) = OrganizationLoader.load(
            folder: example, slug: slug, displayRoot: "\(displayRoot)/\(ContentLoader.scaffoldFolder)/organizacion",
            method: organizationMethod)
        guard let organization, !exampleProblems.hasErrors else {
            return .failure(
                exampleProblems.errors.first
                    ?? .error(
                        "andamio-faltante", "el paquete no trae un ejemplo de organización",
                        at: SourceLocation(file: shown, line: 0)))
        }
        let (data, writeProblems) = write(organization, organizationMethod, at: shown)
        guard let data else {
            return .failure(
                writeProblems.errors.first
                    ?? .error(
                        "libro-no-escrito", "no se pudo escribir el libro", at: SourceLocation(file: shown, line: 0)))
        }
        return Scaffold.writeNew(
            data, named: WorkbookPlan.fileName, slug: slug, contentFolder: contentFolder, displayRoot: displayRoot)
    }

    private static func write(_ organization: Organization, _ method: OrganizationMethod, at place: String) -> (
        data: Data?, problems: DiagnosticList
    ) {
        var problems = DiagnosticList()
        do throws(WorkbookProblem) {
            return (try WorkbookWriter.write(OrganizationWorkbook(method: method).layouts(organization)), problems)
        } catch {
            problems.append(.error("libro-no-escrito", error.message, at: SourceLocation(file: place, line: 0)))
            return (nil, problems)
        }
    }
}
