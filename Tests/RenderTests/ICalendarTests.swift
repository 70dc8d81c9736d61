import Foundation
import Testing

@testable import Render

@Suite struct ICalendarTests {
    @Test func escapesCommasSemicolonsBackslashesAndLineBreaks() {
        #expect(ICalendarText.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        #expect(ICalendarText.escape("uno\r\ndos") == "uno\\ndos")
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "ñ", count: 100)
        let folded = ICalendarText.fold(line)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0 == 0 ? $1 : String($1.dropFirst()) }.joined() == line)
        #expect(ICalendarText.fold("BEGIN:VEVENT") == "BEGIN:VEVENT")
    }

    @Test func documentEndsEveryLineWithCRLF() {
        #expect(ICalendarText.document(["BEGIN:VCALENDAR", "END:VCALENDAR"]) == "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    }

    /// Chile leaves summer time on the first Sunday of April 2027: at midnight, back to 23:00.
    @Test func timeZoneHasEachChangeOfTheYears() throws {
        let santiago = try #require(TimeZone(identifier: "America/Santiago"))
        let lines = ICalendarTimeZone(zone: santiago, name: "America/Santiago", years: 2027...2027).lines()
        let text = lines.joined(separator: "\n")
        #expect(text.contains("BEGIN:STANDARD\nDTSTART:20270404T000000\nTZOFFSETFROM:-0300\nTZOFFSETTO:-0400"))
        #expect(text.contains("TZOFFSETFROM:-0400\nTZOFFSETTO:-0300"))
        let mexico = try #require(TimeZone(identifier: "America/Mexico_City"))
        let fixed = ICalendarTimeZone(zone: mexico, name: "America/Mexico_City", years: 2027...2027).lines()
        #expect(fixed.filter { $0.hasPrefix("BEGIN:") }.count == 2)
        #expect(fixed.contains("TZOFFSETTO:-0600"))
    }

    @Test func hostNameFromTheSiteTitleIsPlainASCII() {
        #expect(SessionCalendar.domain("Alianzas Estratégicas, paquete") == "alianzas-estrategicas-paquete")
        #expect(SessionCalendar.domain("¿?") == "libro")
    }
}
