import Foundation

/// Where a group's name sits in its slice of the system map: near the rim, in the middle of the
/// slice unless a guide (the thin line from a dot out to its name in a column) runs through it
/// there, and then as little off the middle, or nearer the rim, as clears every guide, so no
/// line crosses it.
struct SystemMapGroupLabel {
    static let fontSize = 13.0
    static let lineHeight = 16.0
    /// Angles tried on each side of the middle, spread over this share of the half slice, so the
    /// name stays inside its slice.
    static let steps = 12
    static let reach = 0.85
    /// Distances from the label's radius tried in turn: outwards first, away from the dots.
    static let shifts = [0.0, 20, 34, -16]

    /// A straight line of the map, from (x1, y1) to (x2, y2).
    typealias Segment = (x1: Double, y1: Double, x2: Double, y2: Double)

    let lines: [String]
    /// The x the lines are centred on and the first line's baseline.
    let x: Double
    let baseline: Double

    /// The name's lines at the first place, from the middle of the slice outwards, whose box no
    /// guide crosses; the middle when none is clear.
    static func place(
        _ lines: [String], from start: Double, to end: Double, center: (x: Double, y: Double), radius: Double,
        avoiding guides: [Segment]
    ) -> SystemMapGroupLabel {
        let middle = (start + end) / 2
        let step = (end - start) / 2 * reach / Double(steps)
        let angles = [middle] + (1...steps).flatMap { [middle + Double($0) * step, middle - Double($0) * step] }
        let places = shifts.flatMap { shift in angles.map { (radius: radius + shift, angle: $0) } }
        let placed = places.lazy.map { place in
            SystemMapGroupLabel(
                lines: lines, x: center.x + place.radius * cos(place.angle),
                baseline: center.y + place.radius * sin(place.angle) - Double(lines.count - 1) * lineHeight / 2 + 5)
        }
        return placed.first { label in !guides.contains { label.crossed(by: $0) } } ?? placed[0]
    }

    /// Whether the segment enters the name's box (the halo and letter spacing included), clipped
    /// against each side in turn.
    func crossed(by segment: Segment) -> Bool {
        let width = Double(lines.map(\.count).max() ?? 0) * (0.6 * Self.fontSize + 0.5) + 4
        let (left, right) = (x - width / 2, x + width / 2)
        let top = baseline - 0.8 * Self.fontSize - 2
        let bottom = baseline + Double(lines.count - 1) * Self.lineHeight + 0.2 * Self.fontSize + 2
        var (low, high) = (0.0, 1.0)
        let (dx, dy) = (segment.x2 - segment.x1, segment.y2 - segment.y1)
        let sides = [
            (-dx, segment.x1 - left), (dx, right - segment.x1), (-dy, segment.y1 - top), (dy, bottom - segment.y1),
        ]
        for (p, q) in sides {
            if p == 0 {
                if q < 0 { return false }
            } else if p < 0 {
                low = max(low, q / p)
            } else {
                high = min(high, q / p)
            }
        }
        return low < high
    }
}
