import Foundation
import LibroKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The system map's names never overlap each other or any other text, and no line runs through
/// one, for the sample organization and for one with many actors spread unevenly over the groups.
/// No line crosses a group's name on the sample map either; on a crowded one, where a slice can
/// leave no room clear of the guides, the group's names are drawn above every line.
@Suite struct SystemMapLayoutTests {
    static let mapPath = "organizaciones/voces-del-bravo/mapa-del-sistema.svg"

    @Test func theSampleMapsTextsNeverOverlap() throws {
        let svg = try ShippedSite.shared.get().page(Self.mapPath)
        try checkLayout(svg, names: 14, groupsClear: true)
    }

    /// On a phone the whole map is too small to read, so it links to its own image, which the
    /// browser shows full screen, zoomable, from a folder too.
    @Test func theMapOpensOnItsOwnToBeEnlarged() throws {
        let page = try ShippedSite.shared.get().page("organizaciones/voces-del-bravo/sistema.html")
        #expect(page.contains(#"<a href="mapa-del-sistema.svg"><img src="mapa-del-sistema.svg" alt="#))
        #expect(page.contains("Toca el mapa para verlo completo y ampliarlo."))
    }

    /// On a dark page the map is dark too: every shape painted in the paper's light colours or in
    /// ink has a class that the map's dark style paints again. White letters on a coloured dot or
    /// on the centre stay white.
    @Test func everyPaperOrInkShapeIsRepaintedInTheDark() throws {
        let svg = try ShippedSite.shared.get().page(Self.mapPath)
        let document = try XMLDocument(data: Data(svg.utf8))
        let style = try #require(try document.nodes(forXPath: "//*[local-name()='style']").first?.stringValue)
        let dark = try #require(style.range(of: "@media (prefers-color-scheme: dark)")).upperBound
        let repainted = Set(style[dark...].matches(of: #/\.([a-z-]+)/#).map { String($0.1) })
        let paper: Set = ["#ffffff", "#eef2f6", "#f4f6f8", "#d0d7de", "#c9ced4", "#8c959f", "#3b4450", "#1f2328"]
        let elements = try document.nodes(forXPath: "//*[@fill or @stroke]").compactMap { $0 as? XMLElement }
        #expect(elements.count > 50)
        for element in elements {
            let fill = element.attribute(forName: "fill")?.stringValue ?? ""
            let stroke = element.attribute(forName: "stroke")?.stringValue ?? ""
            guard paper.contains(fill) || paper.contains(stroke) else { continue }
            if element.name == "text", fill == "#ffffff", stroke.isEmpty { continue }
            let classes = (element.attribute(forName: "class")?.stringValue ?? "").split(separator: " ").map(
                String.init)
            #expect(!repainted.isDisjoint(with: classes), "\(element.xmlString)")
        }
    }

    @Test func thirtyActorsCrowdedIntoFewGroupsStillNeverOverlap() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        let actors = content.appendingPathComponent("organizaciones/voces-del-bravo/actores.csv")
        var table = try String(contentsOf: actors, encoding: .utf8)
        // Sixteen more actors, half of them in one group, with long names, on every ring.
        let groups = Array(repeating: "gobierno", count: 8) + Array(repeating: "sociedad civil", count: 5)
        let rings = ["fuerte", "colaborativa", "débil", "conflictiva"]
        for (index, group) in (groups + ["comunidad", "comunidad", "academia"]).enumerated() {
            let result = index % 3 == 0 ? "negativo" : "positivo"
            table +=
                "actor-generado-\(index),Actor generado número \(index) con un nombre bastante largo,\(group),formal,,,\(rings[index % 4]),,\(result),\n"
        }
        try table.write(to: actors, atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("site")
        var options = Fixtures.options(content: content, output: output)
        options.organizations = ["voces-del-bravo"]
        #expect(Libro.build(options).diagnostics.errors.map(\.description) == [])
        let svg = try String(contentsOf: output.appendingPathComponent(Self.mapPath), encoding: .utf8)
        try checkLayout(svg, names: 30, groupsClear: false)
        let firstGroupName = try #require(svg.firstRange(of: #"class="grupo""#)).lowerBound
        // The guides are the circle's last lines (the legend's samples come after, outside it).
        let lastGuide = try #require(svg.ranges(of: #"<line class="guia""#).last).lowerBound
        #expect(lastGuide < firstGroupName, "un nombre de grupo queda bajo una línea")
    }

    private func checkLayout(_ svg: String, names: Int, groupsClear: Bool) throws {
        let document = try XMLDocument(data: Data(svg.utf8))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap { $0 as? XMLElement }
        let boxes = texts.map(TextBox.init)
        let nameBoxes = boxes.filter(\.isName)
        #expect(!boxes.filter(\.isGroup).isEmpty)
        // Every actor's name shows, at least its first line.
        #expect(Set(nameBoxes.map(\.group)).count == names)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.overlaps(other) {
                Issue.record("«\(box.text)» y «\(other.text)» se tocan")
            }
        }
        let lines = try document.nodes(forXPath: "//*[local-name()='line']").compactMap { $0 as? XMLElement }
        for line in lines {
            let (x1, y1, x2, y2) = (line.number("x1"), line.number("y1"), line.number("x2"), line.number("y2"))
            for box in boxes where (box.isName || groupsClear && box.isGroup) && box.crosses(x1, y1, x2, y2) {
                Issue.record("una línea cruza «\(box.text)»")
            }
        }
    }
}

/// A `<text>`'s box from its position, anchor and font size, with a width of 0.6 em a character,
/// the estimate the map's layout uses.
private struct TextBox {
    let text: String
    let isName: Bool
    let isGroup: Bool
    /// The record a name belongs to, so the lines of one name count as one.
    let group: String
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    init(_ element: XMLElement) {
        text = element.stringValue ?? ""
        isName = element.value("class") == "nombre"
        isGroup = element.value("class") == "grupo"
        let parent = element.parent as? XMLElement
        group = parent?.value("data-id") ?? ""
        let size = element.number("font-size")
        let width = Double(text.count) * 0.6 * size
        let x = element.number("x")
        switch element.value("text-anchor") {
        case "middle": left = x - width / 2
        case "end": left = x - width
        default: left = x
        }
        right = left + width
        top = element.number("y") - 0.8 * size
        bottom = element.number("y") + 0.2 * size
    }

    func overlaps(_ other: TextBox) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }

    /// Whether the segment enters the box, walked in steps of half a unit (the map's units are
    /// about a CSS pixel): a check apart from the clipping the layout itself does.
    func crosses(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
        let steps = max(1, Int((hypot(x2 - x1, y2 - y1) * 2).rounded(.up)))
        return (0...steps).contains { step in
            let share = Double(step) / Double(steps)
            let (x, y) = (x1 + (x2 - x1) * share, y1 + (y2 - y1) * share)
            return left < x && x < right && top < y && y < bottom
        }
    }
}

extension XMLElement {
    fileprivate func value(_ name: String) -> String? {
        attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }

    fileprivate func number(_ name: String) -> Double {
        Double(value(name) ?? "") ?? 0
    }
}
