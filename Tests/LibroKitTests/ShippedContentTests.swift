import Foundation
import LibroKit
import Testing

/// The package in `content/` builds with the theme in `theme/`, as `make site` does.
@Suite struct ShippedContentTests {
    @Test func buildsWithoutWarningsAndEveryLinkResolves() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(
            BuildOptions(output: output.path, workingDirectory: Fixtures.repository)
        )
        #expect(report.diagnostics.all.map(\.description) == [])
        #expect(report.wroteSite)
        #expect(report.pages > 1)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(try SiteCrawler.problems(in: output) == [])
    }
}
