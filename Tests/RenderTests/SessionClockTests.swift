import Foundation
import Model
import Testing

@testable import Render

@Suite struct SessionClockTests {
    @Test func timesPastMidnightSayTheyAreOnTheNextDay() {
        let clock = SessionClock(start: 16 * 60 + 30, nextDay: "día siguiente")
        #expect(clock.text(after: 0) == "16:30")
        #expect(clock.text(after: 450) == "00:00 (día siguiente)")
        #expect(clock.text(after: 495) == "00:45 (día siguiente)")
        #expect(clock.text(after: 449) == "23:59")
    }

    /// Chile leaves summer time at midnight between 3 and 4 April 2027 (00:00 becomes 23:00):
    /// eight real hours from 20:00 end at 03:00 on the wall, not at 04:00.
    @Test func aSessionAcrossTheChangeOfTimeEndsWhenTheWallClockSays() throws {
        let santiago = try #require(TimeZone(identifier: "America/Santiago"))
        let date = try #require(CalendarDate(year: 2027, month: 4, day: 3))
        let clock = SessionClock(start: 20 * 60, date: date, zone: santiago, nextDay: "día siguiente")
        #expect(clock.text(after: 480) == "03:00 (día siguiente)")
        #expect(clock.text(after: 180) == "23:00")
        #expect(clock.text(after: 240) == "23:00")
        #expect(clock.text(after: 300) == "00:00 (día siguiente)")
        let end = try #require(clock.wallStamp(after: 480))
        #expect(ICalendarTime.stamp(end) == "20270404T030000")
        let start = try #require(clock.instant(after: 0))
        #expect(ICalendarTime.stamp(start) == "20270403T230000")
    }

    /// From 16:30, 8 h 15 min end at 00:45 before the change, which is 23:45 after it: the hour
    /// from 23:00 is lived twice that night, and the end is in its second pass.
    @Test func anEndInTheRepeatedHourIsKnownAsSuch() throws {
        let santiago = try #require(TimeZone(identifier: "America/Santiago"))
        let date = try #require(CalendarDate(year: 2027, month: 4, day: 3))
        let clock = SessionClock(start: 16 * 60 + 30, date: date, zone: santiago, nextDay: "día siguiente")
        #expect(clock.text(after: 495) == "23:45")
        #expect(clock.isSecondOccurrence(after: 495))
        #expect(!clock.isSecondOccurrence(after: 435))
        #expect(ICalendarTime.stamp(try #require(clock.instant(after: 495))) == "20270404T034500")
        let mexico = SessionClock(
            start: 16 * 60 + 30, date: date, zone: TimeZone(identifier: "America/Mexico_City"), nextDay: "x")
        #expect(!mexico.isSecondOccurrence(after: 495))
        #expect(mexico.text(after: 495) == "00:45 (x)")
    }

    /// On either side of the change, and in a zone without one, the times are the wall clock's.
    @Test func sessionsAwayFromAChangeKeepPlainArithmetic() throws {
        for (zone, day) in [("America/Santiago", 2), ("America/Santiago", 5), ("America/Mexico_City", 3)] {
            let clock = SessionClock(
                start: 9 * 60, date: CalendarDate(year: 2027, month: 4, day: day), zone: TimeZone(identifier: zone))
            #expect(clock.text(after: 495) == "17:15")
            #expect(
                ICalendarTime.stamp(try #require(clock.wallStamp(after: 495)))
                    == "202704\(day < 10 ? "0" : "")\(day)T171500")
        }
    }
}
