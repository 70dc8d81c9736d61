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
        return [OutputFile(path: CalendarFiles.organization(organization), contents: .text(document(dated)))]
            + dated.map {
                OutputFile(path: CalendarFiles.session($0, of: organization), contents: .text(document([$0])))
            }
    }

    func document(_ sessions: [ScheduledSession]) -> String {
        let zone = TimeZone(identifier: organization.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let years = sessions.compactMap(\.date?.year)
        let header = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//libro//\(ICalendarText.escape(site.config.title))//ES",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let timeZone = ICalendarTimeZone(
            zone: zone, name: organization.timeZone, years: (years.min() ?? 2000)...(years.max() ?? 2000))
        return ICalendarText.document(
            header + timeZone.lines() + sessions.flatMap { event($0, zone: zone) } + ["END:VCALENDAR"])
    }

    private func event(_ session: ScheduledSession, zone: TimeZone) -> [String] {
        guard let date = session.date, let day = Self.wallClock(date) else { return [] }
        let carta = site.sessions[session.session].flatMap { site.pages[$0].carta }
        let title = site.sessions[session.session].map { site.pages[$0].title } ?? ""
        let start = day.addingTimeInterval(TimeInterval(session.startMinute * 60))
        let end = start.addingTimeInterval(TimeInterval((carta?.computedMinutes ?? 60) * 60))
        let instant = start.addingTimeInterval(TimeInterval(-zone.secondsFromGMT(for: start)))
        // The carta's title already names the session; without a carta, its number does.
        let number = "\(strings["sesion"] ?? "") \(session.session)"
        return [
            "BEGIN:VEVENT",
            "UID:\(CalendarFiles.sessionFile(session).dropLast(4))@\(organization.slug).\(Self.domain(site.config.title))",
            "DTSTAMP:\(ICalendarTime.stamp(instant))Z",
            "DTSTART;TZID=\(organization.timeZone):\(ICalendarTime.stamp(start))",
            "DTEND;TZID=\(organization.timeZone):\(ICalendarTime.stamp(end))",
            "SUMMARY:\(ICalendarText.escape(title.isEmpty ? number : title))",
            "LOCATION:\(ICalendarText.escape(session.place))",
            "DESCRIPTION:\(ICalendarText.escape(description(session, carta: carta)))",
            "END:VEVENT",
        ]
    }

    /// The modality, then each row of the carta's agenda at its clock time.
    private func description(_ session: ScheduledSession, carta: LinkedCarta?) -> String {
        let rows = (carta?.rows ?? []).map { row in
            "\(DurationText.clock(minutes: session.startMinute + row.offset)) \(row.title)"
        }
        return ([session.modality] + rows).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Midnight of the day, as if local time were UTC: wall-clock arithmetic without the zone.
    static func wallClock(_ date: CalendarDate) -> Date? {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        return utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
    }

    /// The site's title as a host name part, for ids that stay the same from build to build.
    static func domain(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return parts.isEmpty ? "libro" : parts.joined(separator: "-")
    }
}
