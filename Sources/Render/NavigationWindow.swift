/// Which of an open section's entries a page's navigation lists: all of them up to a limit, and
/// past it the `limit` entries around the one on the way to the page (the first ones on the
/// section's own page), so the navigation costs the same however large the section grows.
struct NavigationWindow: Equatable {
    /// The entries listed, as positions among the section's.
    let shown: Range<Int>
    /// How many entries the section holds.
    let count: Int

    init(count: Int, limit: Int, around focus: Int?) {
        self.count = count
        guard count > limit else {
            shown = 0..<count
            return
        }
        let start = min(max((focus ?? 0) - limit / 2, 0), count - limit)
        shown = start..<(start + limit)
    }

    /// Whether entries before or after the window are left out.
    var cutsBefore: Bool { shown.lowerBound > 0 }
    var cutsAfter: Bool { shown.upperBound < count }
    var isWhole: Bool { shown.count == count }
}
