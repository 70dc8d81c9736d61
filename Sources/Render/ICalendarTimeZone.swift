import Foundation

/// A `VTIMEZONE` drawn from Foundation's rules: the offset in force at the start of the first
/// year, then every change until the end of the last, each as its own STANDARD or DAYLIGHT entry.
struct ICalendarTimeZone {
    let zone: TimeZone
    /// As the data writes it: Foundation calls UTC `GMT`.
    let name: String
    let years: ClosedRange<Int>

    func lines() -> [String] {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        guard let start = utc.date(from: DateComponents(year: years.lowerBound, month: 1, day: 1)),
            let end = utc.date(from: DateComponents(year: years.upperBound + 1, month: 1, day: 1))
        else { return [] }
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(ICalendarText.escape(name))"]
        let first = zone.secondsFromGMT(for: start)
        lines += entry(at: start, from: first, to: first, daylight: zone.isDaylightSavingTime(for: start))
        var moment = start
        while let change = zone.nextDaylightSavingTimeTransition(after: moment), change < end {
            let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
            lines += entry(
                at: change, from: before, to: zone.secondsFromGMT(for: change),
                daylight: zone.isDaylightSavingTime(for: change))
            moment = change
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// One observance: its start in the local time that was in force until then.
    private func entry(at instant: Date, from: Int, to: Int, daylight: Bool) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        return [
            "BEGIN:\(kind)", "DTSTART:\(ICalendarTime.stamp(instant.addingTimeInterval(TimeInterval(from))))",
            "TZOFFSETFROM:\(Self.offset(from))", "TZOFFSETTO:\(Self.offset(to))", "END:\(kind)",
        ]
    }

    /// `-0300`, `+0530`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + ICalendarTime.pad(minutes / 60) + ICalendarTime.pad(minutes % 60)
    }
}

/// Times as iCalendar writes them.
enum ICalendarTime {
    /// `YYYYMMDDTHHMMSS` of an instant read as if it were UTC.
    static func stamp(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = String(parts.year ?? 0)
        return year + pad(parts.month ?? 0) + pad(parts.day ?? 0) + "T" + pad(parts.hour ?? 0)
            + pad(parts.minute ?? 0) + pad(parts.second ?? 0)
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
