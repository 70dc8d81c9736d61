/// Durations and clock times as people write them in data: `1 h`, `2 h 30 min`, `2.5 h`,
/// `45 min`; `09:00`, `16:30`.
enum TimeText {
    /// Minutes in a duration, or nil when the text is not one. A unit is required, since a bare
    /// `2` could be hours or minutes.
    static func minutes(in text: String) -> Int? {
        var rest = Substring(text.lowercased())
        var total = 0.0
        var sawPart = false
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            guard let value = Double(number.replacingOccurrences(of: ",", with: ".")) else { return nil }
            rest = rest.dropFirst(number.count).drop { $0 == " " }
            let unit = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unit.count)
            switch unit {
            case "h", "hr", "hrs", "hora", "horas": total += value * 60
            case "min", "mins", "minuto", "minutos": total += value
            default: return nil
            }
            sawPart = true
        }
        guard sawPart, total > 0, total == total.rounded(), total < 24 * 60 * 7 else { return nil }
        return Int(total)
    }

    /// Minutes after midnight for `HH:MM` on a 24-hour clock.
    static func clockMinutes(in text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]),
            (0..<24).contains(hours), (0..<60).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }
}
