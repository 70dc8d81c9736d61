import Foundation
import Link
import Model

/// An organization's dated sessions as iCalendar files: every session in one, each in its own.
/// Nothing depends on the clock: `DTSTAMP` is the session's own start in UTC, so two builds
/// write the same bytes.
struct SessionCalendar {
    let organization: Organization
    let site: LinkedSite
    let strings: [String: String]

    func files() -> [OutputFile] {
        let dated = organization.calendar.filter { $0.date != nil }
        guard !dated.isEmpty else { return [] }
        let zone = TimeZone(identifier: organization.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        // Each session's event is written once, for the organization's calendar and for its own.
        let events = dated.map { ICalendarText.document(event($0, zone: zone)) }
        return [
            OutputFile(
                path: CalendarFiles.organization(organization),
                contents: .text(document(dated, events: events.joined(), zone: zone)))
        ]
            + zip(dated, events).map { session, event in
                OutputFile(
                    path: CalendarFiles.session(session, of: organization),
                    contents: .text(document([session], events: event, zone: zone)))
            }
    }

    /// The calendar of `sessions`, whose events, folded, are `events`.
    private func document(_ sessions: [ScheduledSession], events: String, zone: TimeZone) -> String {
        let years = sessions.compactMap(\.date?.year)
        let header = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//libro//\(ICalendarText.escape(site.config.title))//ES",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let timeZone = ICalendarTimeZone(
            zone: zone, name: organization.timeZone, years: (years.min() ?? 2000)...(years.max() ?? 2000))
        return ICalendarText.document(header + timeZone.lines()) + events + ICalendarText.document(["END:VCALENDAR"])
    }

    private func event(_ session: ScheduledSession, zone: TimeZone) -> [String] {
        let clock = SessionClock(
            start: session.startMinute, date: session.date, zone: zone, nextDay: strings["dia_siguiente"] ?? "")
        guard let start = clock.wallStamp(after: 0), let instant = clock.instant(after: 0) else { return [] }
        let carta = site.sessions[session.session].flatMap { site.pages[$0].carta }.map {
            AgendaAdjustment.apply($0, session.agenda, mealTitle: strings["comida"] ?? "")
        }
        let title = site.sessions[session.session].map { site.pages[$0].title } ?? ""
        // Real minutes: a session across a change of time ends when the wall clock says.
        let minutes = carta?.computedMinutes ?? 60
        let end = clock.wallStamp(after: minutes) ?? start
        let ending =
            clock.isSecondOccurrence(after: minutes)
            ? "DTEND:\(ICalendarTime.stamp(clock.instant(after: minutes) ?? end))Z"
            : "DTEND;TZID=\(organization.timeZone):\(ICalendarTime.stamp(end))"
        // The carta's title already names the session; without a carta, its number does.
        let number = "\(strings["sesion"] ?? "") \(session.session)"
        return [
            "BEGIN:VEVENT",
            "UID:\(CalendarFiles.sessionFile(session).dropLast(4))@\(organization.slug).\(Self.domain(site.config.title))",
            "DTSTAMP:\(ICalendarTime.stamp(instant))Z",
            "DTSTART;TZID=\(organization.timeZone):\(ICalendarTime.stamp(start))",
            ending,
            "SUMMARY:\(ICalendarText.escape(title.isEmpty ? number : title))",
            "LOCATION:\(ICalendarText.escape(session.place))",
            "DESCRIPTION:\(ICalendarText.escape(description(session, carta: carta, clock: clock)))",
            "END:VEVENT",
        ]
    }

    /// The modality, then each row of the organization's agenda at its clock time, as its page shows it.
    private func description(_ session: ScheduledSession, carta: LinkedCarta?, clock: SessionClock) -> String {
        let rows = (carta?.rows ?? []).map { row in "\(clock.text(after: row.offset)) \(row.title)" }
        return ([session.modality] + rows).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The site's title as a host name part, for ids that stay the same from build to build.
    static func domain(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return parts.isEmpty ? "libro" : parts.joined(separator: "-")
    }
}
