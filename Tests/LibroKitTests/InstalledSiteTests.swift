import Foundation
import Testing

/// The install check (`Tests/Dist/check.sh`) hands over the site an installed libro built, to be
/// crawled by the same link checker as every other built site.
@Suite struct InstalledSiteTests {
    @Test func theSiteAnInstalledLibroBuiltHasNoBrokenLinks() throws {
        guard let path = ProcessInfo.processInfo.environment["LIBRO_SITIO_INSTALADO"] else { return }
        let site = URL(fileURLWithPath: path)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(try SiteCrawler.problems(in: site) == [])
        #expect(try SiteCrawler.duplicateIDs(in: site) == [])
    }
}
