/// A day of the calendar, as data files write it (`2027-02-09`), shown in Spanish.
public struct CalendarDate: Sendable, Equatable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `AAAA-MM-DD`; nil for anything else or a day the calendar does not have.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// `martes 9 de febrero de 2027`.
    public var spanish: String { "\(Self.weekdays[weekday]) \(spanishDate)" }

    /// `9 de febrero de 2027`, as a date is written on a form.
    public var spanishDate: String { "\(day) de \(Self.months[month - 1]) de \(year)" }

    /// The month `offset` months after this date's, short and with its year: `mar 2027`.
    public func shortMonth(after offset: Int) -> String {
        let index = (year * 12 + month - 1) + offset
        return "\(Self.months[index % 12].prefix(3)) \(index / 12)"
    }

    /// 0 = domingo … 6 = sábado (Zeller's congruence, Gregorian calendar).
    public var weekday: Int {
        let shifted = month < 3 ? (month + 12, year - 1) : (month, year)
        let (m, y) = shifted
        let k = y % 100
        let j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return (h + 6) % 7
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
    private static let months = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ]
}
