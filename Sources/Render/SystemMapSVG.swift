import Foundation
import Model

/// The system map of an organization, drawn from one of its files as the method says: the
/// organization at the centre, the records grouped in slices around it, each at the distance and
/// with the line style of its ring, and positive or negative by colour and by a sign, so it reads
/// printed in black and white too.
struct SystemMapSVG {
    let organization: Organization
    let spec: SystemMapSpec
    let method: OrganizationMethod
    let strings: [String: String]

    static let size = 1100.0
    static let legendHeight = 190.0
    /// Where the wedges end and the group names sit.
    private static let rim = 440.0
    /// The circle with a column of names on each side.
    static let width = 2 * (rim + SystemMapLabels.margin + SystemMapLabels.columnWidth + 20).rounded(.up)
    private static let centerX = width / 2
    private static let centerY = size / 2
    private static let labelRadius = 390.0

    /// Where the closest and the farthest rings sit.
    private static let innerRing = 150.0
    private static let outerRing = 330.0

    /// Distance from the centre and line style of each ring, closest first.
    private var rings: [(ringValue: String, radius: Double, width: Double, dash: String?)] {
        let styles = spec.rings.isEmpty ? Self.defaultRings(values(of: spec.ring)) : spec.rings
        let step = styles.count > 1 ? (Self.outerRing - Self.innerRing) / Double(styles.count - 1) : 0
        return styles.enumerated().map { index, ring in
            (ring.value, Self.innerRing + step * Double(index), ring.width, ring.dash)
        }
    }

    /// Lines that thin and then break up from the centre out, for a method that names none.
    private static func defaultRings(_ values: [String]) -> [SystemMapSpec.Ring] {
        values.enumerated().map { index, value in
            let dash: String? = index < 2 ? nil : (index == 2 ? "9 6" : "2 5")
            return SystemMapSpec.Ring(value: value, width: max(2, 4.5 - 2 * Double(index)), dash: dash)
        }
    }

    private var file: DataFileRecords? { organization.file(spec.data) }
    private var fileSpec: DataFileSpec? { method.file(named: spec.data) }

    /// A choice field's values in order; for any other field, the values written, in order.
    private func values(of field: String) -> [String] {
        if case .choice(let values) = fileSpec?.fields.first(where: { $0.name == field })?.schema { return values }
        var seen: [String] = []
        for record in file?.records ?? [] where !seen.contains(record.text(field)) { seen.append(record.text(field)) }
        return seen
    }

    private func ring(_ value: String) -> (ringValue: String, radius: Double, width: Double, dash: String?)? {
        let rings = self.rings
        return rings.first { $0.ringValue == value } ?? rings.last
    }

    func make() -> String {
        let title = "\(text("mapa_titulo")) \(organization.name)"
        let placed = layout()
        let labels = SystemMapLabels.layout(
            placed.records.map { (name: $0.name, x: $0.x, y: $0.y, onRight: $0.x >= Self.centerX) },
            left: Self.centerX - Self.rim, right: Self.centerX + Self.rim, top: 20, bottom: Self.size - 20)
        // A column too long for the circle's height makes the map taller, never the names overlap.
        let height = max(Self.size, (labels.map { $0.top + $0.height }.max() ?? 0) + 20).rounded(.up)
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(Int(height + Self.legendHeight))" role="img" aria-labelledby="libro_mapa_titulo libro_mapa_descripcion" font-family="system-ui, sans-serif">
            <title id="libro_mapa_titulo">\(XMLText.escape(title))</title>
            <desc id="libro_mapa_descripcion">\(XMLText.escape(description))</desc>
            \(Self.darkStyle)
            <rect class="fondo" width="100%" height="100%" fill="#ffffff"/>

            """
        let guides = labels.map { label in
            let end = leaderEnd(label)
            return (x1: label.dotX, y1: label.dotY, x2: end.x, y2: end.y)
        }
        for (index, wedge) in placed.wedges.enumerated() {
            svg += wedgeMarkup(wedge, shaded: index % 2 == 0)
        }
        for ring in rings {
            svg +=
                "<circle class=\"anillo\" cx=\"\(Self.centerX)\" cy=\"\(Self.centerY)\" r=\"\(ring.radius)\" fill=\"none\" stroke=\"#c9ced4\" stroke-width=\"1\" stroke-dasharray=\"3 6\"/>\n"
        }
        for record in placed.records {
            svg += line(to: record)
        }
        for label in labels {
            svg += leader(to: label)
        }
        // Above every line: where a crowded slice leaves no room clear of the guides, the halo
        // still keeps the group's name legible.
        for wedge in placed.wedges {
            svg += groupName(wedge, avoiding: guides)
        }
        svg += centerMarkup()
        for (record, label) in zip(placed.records, labels) {
            svg += recordMarkup(record, label: label)
        }
        svg += legend(top: height + 10)
        svg += "</svg>\n"
        return svg
    }

    // MARK: Layout

    private struct PlacedRecord {
        let id: String
        let name: String
        let group: String
        let ringValue: String
        let positive: Bool
        let x: Double
        let y: Double
        let angle: Double
    }

    private struct Wedge {
        let group: String
        let start: Double
        let end: Double
    }

    /// The records of each group, in the order of the group field's values; empty groups left out.
    private var groups: [(String, [(id: String, record: DataRecord)])] {
        let records = (file?.records ?? []).enumerated().map { index, record in
            (id: index < (file?.ids.count ?? 0) ? file?.ids[index] ?? "" : "", record: record)
        }
        return values(of: spec.group).compactMap { group in
            let members = records.filter { $0.record.text(spec.group) == group }
            return members.isEmpty ? nil : (group, members)
        }
    }

    private func name(_ record: DataRecord, id: String) -> String {
        fileSpec?.title.map { record.text($0) } ?? id
    }

    private func isNegative(_ record: DataRecord) -> Bool {
        !spec.negativeField.isEmpty && record.text(spec.negativeField) == spec.negativeValue
    }

    /// Each group present gets a slice of the circle in proportion to its records.
    private func layout() -> (records: [PlacedRecord], wedges: [Wedge]) {
        let groups = self.groups
        let total = Double(groups.reduce(0) { $0 + $1.1.count })
        guard total > 0, let fallback = rings.last else { return ([], []) }
        var records: [PlacedRecord] = []
        var wedges: [Wedge] = []
        var angle = -Double.pi / 2
        for (group, members) in groups {
            let span = 2 * Double.pi * Double(members.count) / total
            wedges.append(Wedge(group: group, start: angle, end: angle + span))
            for (index, (id, member)) in members.enumerated() {
                let theta = angle + span * (Double(index) + 0.5) / Double(members.count)
                let ring = ring(member.text(spec.ring)) ?? fallback
                // Neighbours on the same ring step in and out so their labels do not collide.
                let stagger = members.count > 1 && index % 2 == 1 ? -34.0 : 0
                let radius = ring.radius + stagger
                records.append(
                    PlacedRecord(
                        id: id,
                        name: name(member, id: id),
                        group: group,
                        ringValue: member.text(spec.ring),
                        positive: !isNegative(member),
                        x: Self.centerX + radius * cos(theta),
                        y: Self.centerY + radius * sin(theta),
                        angle: theta
                    ))
            }
            angle += span
        }
        return (records, wedges)
    }

    // MARK: Markup

    private func wedgeMarkup(_ wedge: Wedge, shaded: Bool) -> String {
        let x1 = Self.centerX + Self.rim * cos(wedge.start)
        let y1 = Self.centerY + Self.rim * sin(wedge.start)
        let x2 = Self.centerX + Self.rim * cos(wedge.end)
        let y2 = Self.centerY + Self.rim * sin(wedge.end)
        let large = wedge.end - wedge.start > Double.pi ? 1 : 0
        return """
            <path class="\(shaded ? "cuna sombreada" : "cuna")" d="M \(Self.centerX) \(Self.centerY) L \(format(x1)) \(format(y1)) A \(Self.rim) \(Self.rim) 0 \(large) 1 \(format(x2)) \(format(y2)) Z" fill="\(shaded ? "#eef2f6" : "#ffffff")" stroke="#c9ced4" stroke-width="1"/>

            """
    }

    private func groupName(_ wedge: Wedge, avoiding guides: [SystemMapGroupLabel.Segment]) -> String {
        var markup = ""
        let label = SystemMapGroupLabel.place(
            Self.wrap(wedge.group.uppercased(), width: 14, maxLines: 2), from: wedge.start, to: wedge.end,
            center: (Self.centerX, Self.centerY), radius: Self.labelRadius, avoiding: guides)
        for (index, text) in label.lines.enumerated() {
            let y = label.baseline + Double(index) * SystemMapGroupLabel.lineHeight
            markup +=
                "<text class=\"grupo\" x=\"\(format(label.x))\" y=\"\(format(y))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"#3b4450\" letter-spacing=\"0.5\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">\(XMLText.escape(text))</text>\n"
        }
        return markup
    }

    private func line(to record: PlacedRecord) -> String {
        guard let ring = ring(record.ringValue) else { return "" }
        let dash = ring.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        return
            "<line class=\"tinta\" x1=\"\(Self.centerX)\" y1=\"\(Self.centerY)\" x2=\"\(format(record.x))\" y2=\"\(format(record.y))\" stroke=\"#1f2328\" stroke-width=\"\(ring.width)\"\(dash)/>\n"
    }

    private func centerMarkup() -> String {
        var markup =
            "<circle cx=\"\(Self.centerX)\" cy=\"\(Self.centerY)\" r=\"78\" fill=\"#0b5c8c\" stroke=\"#08466b\" stroke-width=\"3\"/>\n"
        let lines = Self.wrap(organization.name, width: 16, maxLines: 4)
        let top = Self.centerY - Double(lines.count - 1) * 9.5 + 5
        for (index, text) in lines.enumerated() {
            markup +=
                "<text x=\"\(Self.centerX)\" y=\"\(format(top + Double(index) * 19))\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"#ffffff\">\(XMLText.escape(text))</text>\n"
        }
        return markup
    }

    /// A thin line from a dot to its name in the column, drawn under the dots.
    private func leader(to label: SystemMapLabels.Label) -> String {
        let (x, y) = leaderEnd(label)
        return
            "<line class=\"guia\" x1=\"\(format(label.dotX))\" y1=\"\(format(label.dotY))\" x2=\"\(format(x))\" y2=\"\(format(y))\" stroke=\"#8c959f\" stroke-width=\"1\"/>\n"
    }

    /// Where a guide meets its name: just before the text, level with its first line.
    private func leaderEnd(_ label: SystemMapLabels.Label) -> (x: Double, y: Double) {
        (label.onRight ? label.x - 6 : label.x + 6, label.top + SystemMapLabels.lineHeight / 2)
    }

    private func recordMarkup(_ record: PlacedRecord, label: SystemMapLabels.Label) -> String {
        let fill = record.positive ? "#2e7d32" : "#ffffff"
        let stroke = record.positive ? "#1b5e20" : "#b3261e"
        let sign = record.positive ? "+" : "−"
        let signColor = record.positive ? "#ffffff" : "#b3261e"
        let kind = record.positive ? "positivo" : "negativo"
        var markup = """
            <g class="registro" data-id="\(XMLText.escape(record.id))">
            <circle class="\(kind)" cx="\(format(record.x))" cy="\(format(record.y))" r="15" fill="\(fill)" stroke="\(stroke)" stroke-width="3"/>
            <text x="\(format(record.x))" y="\(format(record.y + 6))" text-anchor="middle" font-size="19" font-weight="700" class="signo-\(kind)" fill="\(signColor)">\(sign)</text>

            """
        // The halo keeps a name legible where a guide line reaches it, in colour or not.
        for (index, text) in label.lines.enumerated() {
            markup +=
                "<text class=\"nombre\" x=\"\(format(label.x))\" y=\"\(format(label.baseline(index)))\" text-anchor=\"\(label.anchor)\" font-size=\"\(Int(SystemMapLabels.fontSize))\" fill=\"#1f2328\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">\(XMLText.escape(text))</text>\n"
        }
        return markup + "</g>\n"
    }

    private func legend(top: Double) -> String {
        var markup = """
            <rect class="leyenda" x="20" y="\(format(top))" width="\(Int(Self.width - 40))" height="\(Int(Self.legendHeight - 25))" fill="#f4f6f8" stroke="#d0d7de"/>
            <text class="tinta" x="40" y="\(format(top + 30))" font-size="16" font-weight="700" fill="#1f2328">\(XMLText.escape(text("mapa_leyenda")))</text>

            """
        for (index, ring) in rings.enumerated() {
            let y = top + 62 + Double(index) * 28
            let dash = ring.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            markup +=
                "<line class=\"tinta\" x1=\"40\" y1=\"\(format(y - 5))\" x2=\"110\" y2=\"\(format(y - 5))\" stroke=\"#1f2328\" stroke-width=\"\(ring.width)\"\(dash)/>\n"
            markup +=
                "<text class=\"tinta\" x=\"122\" y=\"\(format(y))\" font-size=\"14\" fill=\"#1f2328\">\(XMLText.escape(text("mapa_relacion")) ) \(XMLText.escape(ring.ringValue))</text>\n"
        }
        let x = 470.0
        markup += """
            <circle cx="\(x)" cy="\(format(top + 57))" r="13" fill="#2e7d32" stroke="#1b5e20" stroke-width="3"/>
            <text x="\(x)" y="\(format(top + 63))" text-anchor="middle" font-size="17" font-weight="700" fill="#ffffff">+</text>
            <text class="tinta" x="\(x + 24)" y="\(format(top + 62))" font-size="14" fill="#1f2328">\(XMLText.escape(text("mapa_positivo")))</text>
            <circle class="negativo" cx="\(x)" cy="\(format(top + 92))" r="13" fill="#ffffff" stroke="#b3261e" stroke-width="3"/>
            <text class="signo-negativo" x="\(x)" y="\(format(top + 98))" text-anchor="middle" font-size="17" font-weight="700" fill="#b3261e">−</text>
            <text class="tinta" x="\(x + 24)" y="\(format(top + 97))" font-size="14" fill="#1f2328">\(XMLText.escape(text("mapa_negativo")))</text>
            <text class="tinta" x="\(x - 13)" y="\(format(top + 130))" font-size="14" fill="#1f2328">\(XMLText.escape(text("mapa_distancia")))</text>

            """
        return markup
    }

    /// The text alternative: every record with its group, ring and sign.
    private var description: String {
        var parts = ["\(text("mapa_centro")) \(organization.name)."]
        for (group, members) in groups {
            let listed = members.map { id, member in
                let result =
                    spec.negativeField.isEmpty
                    ? "" : ", \(text("mapa_resultado")) \(member.text(spec.negativeField))"
                return "\(name(member, id: id)) (\(text("mapa_relacion")) \(member.text(spec.ring))\(result))"
            }
            parts.append("\(group.prefix(1).uppercased() + group.dropFirst()): \(listed.joined(separator: "; ")).")
        }
        return parts.joined(separator: " ")
    }

    private func text(_ key: String) -> String { strings[key] ?? key }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Words into lines of at most `width` characters; the last line ends in "…" if cut.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += "…"
        }
        return lines
    }
}
