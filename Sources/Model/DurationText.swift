/// Durations and times of day as the site shows them: `1 h`, `30 min`, `2 h 30 min`; `09:00`.
public enum DurationText {
    public static func format(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }

    /// A time of day from minutes after midnight; past midnight it wraps to the next day.
    public static func clock(minutes: Int) -> String {
        let wrapped = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60)
        let hours = wrapped / 60
        let rest = wrapped % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
