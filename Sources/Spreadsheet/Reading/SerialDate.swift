/// Which day a spreadsheet's serial number 0 (or 1) stands for.
enum DateSystem: Sendable {
    /// Excel for Windows: serial 1 is 1900-01-01, and 60 is the 1900-02-29 that never was (kept
    /// from Lotus 1-2-3), so serials from 61 on are one day ahead of a real count.
    case from1900
    /// Early Excel for Mac (`date1904` in `workbookPr`): serial 0 is 1904-01-01.
    case from1904
}

/// Serial day numbers ↔ dates of the proleptic Gregorian calendar, as spreadsheets count them.
enum SerialDate {
    /// 9999-12-31, the last day Excel shows, in the 1900 system.
    static let largestSerial = 2_958_465

    static func date(fromSerial serial: Int, in system: DateSystem) -> (year: Int, month: Int, day: Int)? {
        switch system {
        case .from1900:
            guard serial >= 1, serial <= largestSerial else { return nil }
            if serial == 60 { return (1900, 2, 29) }
            return civil(fromDays: daysFromCivil(1899, 12, serial < 60 ? 31 : 30) + serial)
        case .from1904:
            guard serial >= 0, serial <= largestSerial - 1462 else { return nil }
            return civil(fromDays: daysFromCivil(1904, 1, 1) + serial)
        }
    }

    /// The 1900-system serial of a date; nil before 1900-01-01, after 9999-12-31 or for a day
    /// the calendar does not have (1900-02-29 is Excel's serial 60).
    static func serial(year: Int, month: Int, day: Int) -> Int? {
        if (year, month, day) == (1900, 2, 29) { return 60 }
        guard (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let days = daysFromCivil(year, month, day)
        guard civil(fromDays: days) == (year, month, day) else { return nil }
        let serial = days - daysFromCivil(1899, 12, 31)
        return serial < 60 ? serial : serial + 1
    }

    /// Days since 1970-01-01 (H. Hinnant's algorithm, exact for every year).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
