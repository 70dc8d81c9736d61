import Foundation
import Model

/// The clock of a session: the time of day a given number of minutes after its start, as the
/// agenda and the calendar write it. A dated session in a time zone counts real minutes, so a
/// session across a change of time ends when the clocks on the wall say; without a date the
/// minutes are added to the start. A time on a later day says so («00:30 (día siguiente)»).
struct SessionClock {
    let start: Int
    /// The session's day and zone, when it has a date.
    let date: CalendarDate?
    let zone: TimeZone?
    /// How a time on the next day is marked, from the theme's texts.
    let nextDay: String

    init(start: Int, date: CalendarDate? = nil, zone: TimeZone? = nil, nextDay: String = "") {
        self.start = start
        self.date = date
        self.zone = zone
        self.nextDay = nextDay
    }

    /// `10:15`, or `00:30 (día siguiente)`.
    func text(after minutes: Int) -> String {
        let (time, days) = wallClock(after: minutes)
        let clock = DurationText.clock(minutes: time)
        guard days > 0 else { return clock }
        return days == 1 ? "\(clock) (\(nextDay))" : "\(clock) (+\(days))"
    }

    /// Minutes after midnight on the wall clock, and how many days after the session's it is.
    func wallClock(after minutes: Int) -> (minutes: Int, days: Int) {
        guard let instant = instant(after: minutes), let zone, let date else {
            let total = start + minutes
            return (((total % 1440) + 1440) % 1440, total >= 0 ? total / 1440 : -1)
        }
        let parts = Self.calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let day = CalendarDate(year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1)
        let days = day.map { Self.days(from: date, to: $0) } ?? 0
        return ((parts.hour ?? 0) * 60 + (parts.minute ?? 0), days)
    }

    /// The moment, for a dated session in a zone.
    func instant(after minutes: Int) -> Date? {
        guard let date, let zone else { return nil }
        let parts = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: start / 60, minute: start % 60)
        return Self.calendar(zone).date(from: parts)?.addingTimeInterval(TimeInterval(minutes * 60))
    }

    /// The local date and time as if it were UTC, the way iCalendar stamps a time with `TZID`.
    func wallStamp(after minutes: Int) -> Date? {
        guard let instant = instant(after: minutes), let zone else { return nil }
        return instant.addingTimeInterval(TimeInterval(zone.secondsFromGMT(for: instant)))
    }

    /// True when the wall clock showed the same time an hour (or a change's worth) earlier: the
    /// hour repeated when clocks go back. A local time there names its first occurrence
    /// (RFC 5545, 3.3.5), so a moment in the second must be written in UTC.
    func isSecondOccurrence(after minutes: Int) -> Bool {
        guard let instant = instant(after: minutes), let zone else { return false }
        let offset = zone.secondsFromGMT(for: instant)
        let wall = instant.addingTimeInterval(TimeInterval(offset))
        let earlier = zone.secondsFromGMT(for: instant.addingTimeInterval(-6 * 3600))
        guard earlier > offset else { return false }
        let candidate = wall.addingTimeInterval(TimeInterval(-earlier))
        return candidate < instant && zone.secondsFromGMT(for: candidate) == earlier
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private static func days(from first: CalendarDate, to second: CalendarDate) -> Int {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        guard let from = utc.date(from: DateComponents(year: first.year, month: first.month, day: first.day)),
            let to = utc.date(from: DateComponents(year: second.year, month: second.month, day: second.day))
        else { return 0 }
        return Int((to.timeIntervalSince(from) / 86_400).rounded())
    }
}
