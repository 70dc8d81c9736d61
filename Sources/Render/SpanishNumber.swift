/// Whole numbers as Spanish text writes them: from five digits on, groups of three separated by
/// a narrow no-break space (`12 000`), which never breaks a number across lines; four digits
/// stay whole (`1000`), as the Real Academia's Ortografía asks.
enum SpanishNumber {
    static let groupSeparator = "\u{202F}"

    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        guard digits.count > 4 else { return number < 0 ? "-" + digits : digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: groupSeparator)
    }
}
