import Testing

@testable import Render

@Suite struct NavigationWindowTests {
    /// The window keeps the entry on the way near its middle, and slides to stay inside the section.
    @Test(
        arguments: [
            (focus: nil, shown: 0..<40), (focus: 0, shown: 0..<40), (focus: 25, shown: 5..<45),
            (focus: 60, shown: 40..<80), (focus: 119, shown: 80..<120),
        ] as [(focus: Int?, shown: Range<Int>)])
    func aLargeSectionShowsTheLimitAroundTheFocus(_ focus: Int?, _ shown: Range<Int>) {
        let window = NavigationWindow(count: 120, limit: 40, around: focus)
        #expect(window.shown == shown)
        #expect(window.cutsBefore == (shown.lowerBound > 0))
        #expect(window.cutsAfter == (shown.upperBound < 120))
    }

    @Test func aSectionUpToTheLimitIsWhole() {
        #expect(NavigationWindow(count: 40, limit: 40, around: 39).isWhole)
        #expect(NavigationWindow(count: 0, limit: 40, around: nil).isWhole)
    }

    /// Four digits stay whole, as the Ortografía asks; from five on, narrow no-break spaces.
    @Test func numbersAreGroupedAsSpanishWritesThem() {
        #expect(SpanishNumber.grouped(120) == "120")
        #expect(SpanishNumber.grouped(1000) == "1000")
        #expect(SpanishNumber.grouped(12_000) == "12\u{202F}000")
        #expect(SpanishNumber.grouped(1_234_567) == "1\u{202F}234\u{202F}567")
    }
}
