import Foundation

/// Makes a PDF Chromium printed the same on every build: Chromium stamps the time it printed as
/// `/CreationDate` and `/ModDate`. Each date is rewritten in place to a fixed one of the same
/// length, so every byte offset in the cross-reference table stays valid.
public enum PDFMetadata {
    /// The date to stamp: `SOURCE_DATE_EPOCH` when set, as reproducible builds agree, else
    /// 2000-01-01, the date `--zip` gives every entry.
    public static func fixedDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date(timeIntervalSince1970: 946_684_800)
    }

    /// `D:20000101000000+00'00'`, the form Chromium writes, in UTC.
    public static func dateText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        let year = String(parts.year ?? 2000)
        let digits = "\(year)\(two(parts.month))\(two(parts.day))\(two(parts.hour))\(two(parts.minute))"
        return "D:\(digits)\(two(parts.second))+00'00'"
    }

    /// `pdf` with every `/CreationDate (…)` and `/ModDate (…)` whose text is as long as `date`'s
    /// set to it; dates of another length are left as they are.
    public static func fixingDates(in pdf: [UInt8], to date: Date) -> [UInt8] {
        let replacement = Array(dateText(date).utf8)
        var bytes = pdf
        for key in ["/CreationDate", "/ModDate"] {
            let pattern = Array(key.utf8)
            var position = 0
            while let found = find(pattern, in: bytes, from: position) {
                position = found + pattern.count
                // The key, optional spaces, then a literal string.
                var start = position
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                guard start < bytes.count, bytes[start] == UInt8(ascii: "(") else { continue }
                guard let end = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: ")")) else { break }
                if end - start - 1 == replacement.count {
                    bytes.replaceSubrange((start + 1)..<end, with: replacement)
                }
                position = end
            }
        }
        return bytes
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
