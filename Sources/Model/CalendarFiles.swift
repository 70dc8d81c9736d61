/// Where an organization's `.ics` calendars go: one with every dated session and one per session,
/// beside the pages that link them.
public enum CalendarFiles {
    public static func organization(_ organization: Organization) -> String {
        "organizaciones/\(organization.slug)/calendario.ics"
    }

    public static func session(_ session: ScheduledSession, of organization: Organization) -> String {
        "organizaciones/\(organization.slug)/sesiones/\(sessionFile(session))"
    }

    /// The session's file name, as its page links it.
    public static func sessionFile(_ session: ScheduledSession) -> String { "sesion-\(session.session).ics" }

    /// Every calendar file the organizations get; a session without a date has none.
    public static func all(_ organizations: [Organization]) -> [String] {
        organizations.flatMap { organization -> [String] in
            let dated = organization.calendar.filter { $0.date != nil }
            guard !dated.isEmpty else { return [] }
            return [Self.organization(organization)] + dated.map { session($0, of: organization) }
        }
    }
}
