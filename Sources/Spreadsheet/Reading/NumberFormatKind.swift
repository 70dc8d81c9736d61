/// What a cell's number format makes of its number.
enum NumberFormatKind: Equatable, Sendable {
    case number
    case date
    case time
    /// A date with a time of day; libro keeps the date.
    case dateTime
    /// Elapsed time (`[h]:mm`): hours past 24 are kept.
    case duration

    /// The built-in formats ECMA-376 part 1 (18.8.30) numbers; only their ids are saved.
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17: .date
        case 18...21, 45, 47: .time
        case 22: .dateTime
        case 46: .duration
        default: .number
        }
    }

    /// Reads a format code's date and time tokens (d, m, y, h, s) outside quoted text, escaped
    /// characters and bracketed sections other than elapsed time (`[h]`); `m` is minutes right
    /// after an hour or before seconds, and the month otherwise.
    static func of(code: String) -> NumberFormatKind {
        var tokens: [Character] = []
        var elapsed = false
        var characters = Array(code.lowercased())[...]
        while let character = characters.popFirst() {
            switch character {
            case "\"":
                characters = characters.drop { $0 != "\"" }.dropFirst()
            case "\\", "_", "*":
                characters = characters.dropFirst()
            case "[":
                let section = characters.prefix { $0 != "]" }
                characters = characters.dropFirst(section.count + 1)
                if let unit = section.first, "hms".contains(unit), section.allSatisfy({ $0 == unit }) {
                    tokens.append(unit == "m" ? "n" : unit)
                    elapsed = true
                }
            case "a":
                for marker in ["m/pm", "/p"] where characters.starts(with: marker) {
                    characters = characters.dropFirst(marker.count)
                    tokens.append("h")
                }
            case "d", "y", "h", "s", "m":
                if tokens.last != character { tokens.append(character) }
            default:
                continue
            }
        }
        return kind(of: tokens, elapsed: elapsed)
    }

    /// `n` stands for minutes; each `m` becomes a month or minutes by its neighbours.
    private static func kind(of tokens: [Character], elapsed: Bool) -> NumberFormatKind {
        var date = false
        var time = false
        for (index, token) in tokens.enumerated() {
            switch token {
            case "d", "y": date = true
            case "h", "s", "n": time = true
            default:
                let minutes =
                    (index > 0 && tokens[index - 1] == "h") || (index + 1 < tokens.count && tokens[index + 1] == "s")
                if minutes { time = true } else { date = true }
            }
        }
        switch (date, time) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return elapsed ? .duration : .time
        case (false, false): return .number
        }
    }
}
