import Foundation

/// Where the records' names go on the system map: in a column on each side of the circle, on the
/// side of their dot, stacked in the order of the dots. Names never overlap one another, and
/// since every line of the circle stays inside it, no line runs through a name.
struct SystemMapLabels {
    static let fontSize = 18.0
    static let lineHeight = 22.0
    /// Space kept between two names in a column.
    static let gap = 10.0
    /// Characters per line before a name wraps, and lines before it is cut.
    static let wrapWidth = 22
    static let maxLines = 3
    /// Space between the circle and a column, and the width a column needs.
    static let margin = 24.0
    static let columnWidth = estimatedWidth(String(repeating: "m", count: wrapWidth + 1), fontSize: fontSize)

    /// A name's place: its lines, the x its text is anchored at, the top of its box and the dot.
    struct Label {
        let lines: [String]
        let onRight: Bool
        let x: Double
        var top: Double
        let dotX: Double
        let dotY: Double

        var height: Double { Double(lines.count) * SystemMapLabels.lineHeight }
        var anchor: String { onRight ? "start" : "end" }
        /// The baseline of each line: the box's top plus the font's ascent.
        func baseline(_ index: Int) -> Double {
            top + SystemMapLabels.fontSize * 0.8 + Double(index) * SystemMapLabels.lineHeight
        }
    }

    /// The width a line of text takes, estimated at 0.6 em a character, a fair average for a sans
    /// serif; the layout and the tests that check it use the same estimate.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * 0.6 * fontSize
    }

    /// Lays out one name per dot; `left` and `right` are the x of the circle's edges.
    static func layout(
        _ dots: [(name: String, x: Double, y: Double, onRight: Bool)], left: Double, right: Double, top: Double,
        bottom: Double
    ) -> [Label] {
        var labels = dots.map { dot in
            Label(
                lines: SystemMapSVG.wrap(dot.name, width: wrapWidth, maxLines: maxLines), onRight: dot.onRight,
                x: dot.onRight ? right + margin : left - margin, top: 0, dotX: dot.x, dotY: dot.y)
        }
        for side in [true, false] {
            let column = labels.indices.filter { labels[$0].onRight == side }.sorted {
                (labels[$0].dotY, labels[$0].dotX) < (labels[$1].dotY, labels[$1].dotX)
            }
            let tops = stack(column.map { (labels[$0].dotY, labels[$0].height) }, top: top, bottom: bottom)
            for (index, top) in zip(column, tops) { labels[index].top = top }
        }
        return labels
    }

    /// The tops of boxes stacked in order, each as near its wanted centre as the others allow:
    /// pushed down past the one above, then up from the bottom if the column overflows, then down
    /// again from the top, so that when a column is taller than the space it runs past the bottom
    /// and still never overlaps.
    static func stack(_ boxes: [(center: Double, height: Double)], top: Double, bottom: Double) -> [Double] {
        var tops: [Double] = []
        var floor = top
        for box in boxes {
            let wanted = max(box.center - box.height / 2, floor)
            tops.append(wanted)
            floor = wanted + box.height + gap
        }
        var ceiling = bottom
        for index in tops.indices.reversed() {
            tops[index] = min(tops[index], ceiling - boxes[index].height)
            ceiling = tops[index] - gap
        }
        floor = top
        for index in tops.indices {
            tops[index] = max(tops[index], floor)
            floor = tops[index] + boxes[index].height + gap
        }
        return tops
    }
}
