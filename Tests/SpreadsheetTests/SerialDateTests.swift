import Testing

@testable import Spreadsheet

@Suite struct SerialDateTests {
    @Test(arguments: [
        (1, 1900, 1, 1), (59, 1900, 2, 28), (60, 1900, 2, 29), (61, 1900, 3, 1), (36_525, 1999, 12, 31),
        (45_366, 2024, 3, 15), (2_958_465, 9999, 12, 31),
    ])
    func countsThe1900SystemAsExcelDoes(_ serial: Int, _ year: Int, _ month: Int, _ day: Int) throws {
        let date = try #require(SerialDate.date(fromSerial: serial, in: .from1900))
        #expect(date == (year, month, day))
        #expect(SerialDate.serial(year: year, month: month, day: day) == serial)
    }

    @Test func countsThe1904SystemFromItsFirstDay() throws {
        #expect(try #require(SerialDate.date(fromSerial: 0, in: .from1904)) == (1904, 1, 1))
        #expect(try #require(SerialDate.date(fromSerial: 45_366 - 1462, in: .from1904)) == (2024, 3, 15))
        #expect(SerialDate.date(fromSerial: -1, in: .from1904) == nil)
    }

    @Test func refusesSerialsAndDatesExcelCannotShow() {
        #expect(SerialDate.date(fromSerial: 0, in: .from1900) == nil)
        #expect(SerialDate.date(fromSerial: 2_958_466, in: .from1900) == nil)
        for (year, month, day) in [(1899, 12, 31), (10_000, 1, 1), (2023, 2, 29), (2024, 4, 31), (2024, 13, 1)] {
            #expect(SerialDate.serial(year: year, month: month, day: day) == nil)
        }
    }

    @Test func agreesWithItselfOnEveryDay() {
        for serial in stride(from: 1, through: SerialDate.largestSerial, by: 97) {
            guard let date = SerialDate.date(fromSerial: serial, in: .from1900) else {
                Issue.record("\(serial)")
                continue
            }
            #expect(SerialDate.serial(year: date.year, month: date.month, day: date.day) == serial)
        }
    }
}
