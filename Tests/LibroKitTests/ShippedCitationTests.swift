import Foundation
import Testing

/// Every author–year citation of the shipped package links to its bibliography entry, and says
/// the year that entry gives; none is left as plain text (the build would warn).
@Suite struct ShippedCitationTests {
    let site: ShippedSite

    init() throws {
        site = try ShippedSite.shared.get()
    }

    /// The entries with a key on the bibliography page: key → year.
    func entries() throws -> [String: String] {
        let page = try site.page("guia/referencias.html")
        var years: [String: String] = [:]
        for match in page.matches(of: /<li id="cita_([a-z0-9-]+)">[^<]*?\((\d{4})\)/) {
            years[String(match.output.1)] = String(match.output.2)
        }
        return years
    }

    @Test func everyCitationLinksToAnEntryWithItsYear() throws {
        let years = try entries()
        #expect(years.count >= 15)
        var citations = 0
        for (path, html) in site.pages where path.hasSuffix(".html") && !path.hasPrefix("imprimir/") {
            for match in html.matches(of: /<a href="[^"]*#cita_([a-z0-9-]+)">(.*?)<\/a>/.dotMatchesNewlines()) {
                citations += 1
                let key = String(match.output.1)
                let year = try #require(years[key], "\(path): «\(key)» no está en las referencias")
                #expect(match.output.2.contains(year), "\(path): «\(match.output.2)» no dice \(year)")
            }
        }
        #expect(citations >= 60)
    }

    @Test func noTextReadsLikeACitationWithoutItsLink() {
        #expect(site.report.diagnostics.warnings.filter { $0.code == "cita-sin-enlace" }.map(\.description) == [])
    }
}
