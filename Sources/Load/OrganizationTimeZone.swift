import Diagnostics
import Foundation
import Model

/// The time zone an organization's calendar is written in: the field the method names, or the
/// method's default. A name Foundation does not know is an error where it is written.
enum OrganizationTimeZone {
    static func resolve(
        _ organization: Organization, method: OrganizationMethod, diagnostics: inout DiagnosticList
    ) -> String {
        let fallback = method.defaultTimeZone ?? "UTC"
        guard let path = method.timeZone, let written = organization.value(at: path)?.text, !written.isEmpty
        else { return check(fallback, at: method.location, &diagnostics) }
        return check(written, at: location(of: path, in: organization) ?? method.location, &diagnostics)
    }

    private static func check(_ name: String, at location: SourceLocation, _ diagnostics: inout DiagnosticList)
        -> String
    {
        if TimeZone(identifier: name) != nil { return name }
        let known = TimeZone.knownTimeZoneIdentifiers
        diagnostics.append(
            .error(
                "valor-no-valido",
                "«\(name)» no es una zona horaria conocida\(Suggestion.phrase(for: name, in: known)); se escribe con su nombre IANA, como America/Mexico_City",
                at: location))
        return "UTC"
    }

    /// Where the value at a dotted path is written: the key in the record that holds it.
    private static func location(of path: String, in organization: Organization) -> SourceLocation? {
        var parts = path.split(separator: ".").map(String.init)
        guard parts.count > 1, let key = parts.popLast() else { return nil }
        return organization.value(at: parts.joined(separator: "."))?.record?.location(of: key)
    }
}
