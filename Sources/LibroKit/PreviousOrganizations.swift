import Diagnostics
import Foundation
import Load
import Model

/// The organizations an earlier build read, kept by `libro servir`: their data is read again only
/// when a file below `organizaciones/` may have changed, or the list of organizations or what the
/// method says they keep did.
struct PreviousOrganizations: Sendable {
    /// What the loader is asked for besides the files.
    struct Request: Equatable, Sendable {
        let slugs: [String]
        let method: OrganizationMethod?
        let contentFolder: URL
        let displayRoot: String
        let location: SourceLocation
    }

    let request: Request
    let organizations: [Organization]
    let problems: DiagnosticList

    /// The organizations `request` names, taken from `previous` when it was the same and
    /// `changed` (full paths; nil when unknown) names no file of theirs; `previous` is left
    /// holding what this call returns.
    static func load(
        _ request: Request, changed: Set<String>?, reusing previous: inout PreviousOrganizations?
    ) -> ([Organization], DiagnosticList) {
        let folder = request.contentFolder.standardizedFileURL.path + "/" + OrganizationLoader.folder + "/"
        let dataChanged = changed?.contains { $0.hasPrefix(folder) } ?? true
        if !dataChanged, let kept = previous, kept.request == request { return (kept.organizations, kept.problems) }
        let (organizations, problems) = OrganizationLoader.load(
            slugs: request.slugs, method: request.method, contentFolder: request.contentFolder,
            displayRoot: request.displayRoot, requestedAt: request.location)
        previous = PreviousOrganizations(request: request, organizations: organizations, problems: problems)
        return (organizations, problems)
    }
}
