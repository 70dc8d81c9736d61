import Foundation
import LibroKit
import Testing

/// Each fixture package in `Tests/Fixtures/<case>/content` is built with the repository's theme
/// and compared, file by file and byte for byte, with the reviewed site in `expected/` beside it,
/// and its warnings with `expected-warnings.txt`. Every output file is compared except the
/// theme's `recursos/`, which the build copies as they are: those are checked against the theme
/// instead, so a change to the style sheet or the scripts does not touch every case. So is
/// `sw.js`, whose version follows every file, the theme's included: `OfflineReaderTests` checks it.
///
/// After a change that alters the output on purpose, write the new expected files and review
/// them with `git diff Tests/Fixtures`:
///
///     LIBRO_REGENERAR=1 swift test --filter ExpectedSiteTests
@Suite struct ExpectedSiteTests {
    /// Write what the build gives as the expected files instead of comparing.
    static let regenerating = ProcessInfo.processInfo.environment["LIBRO_REGENERAR"] == "1"
    static let regenerateCommand = "LIBRO_REGENERAR=1 swift test --filter ExpectedSiteTests"

    /// basico: a book with roman and decimal numbering, cross-references, headings, tables of
    /// contents, backlinks, glossary links from nested folders and GFM. cartas: a session's
    /// carta, its agenda and a glossary with references. organizacion: one organization's pages
    /// (profile, 5R matrix and system map, an ally's Ruta Crítica, strategies, results map,
    /// alliance and work plans, scheduled sessions, filled worksheets and print packs) over the
    /// few pages of a package they link to. imprimir: a book for print (`compilacion`), citations
    /// of a bibliography by `clave`, callouts of every kind and one misspelled, A4 paper and an
    /// about page in the footer. mdbook: a book written for mdBook, as it is: no front matter,
    /// order, numbers and nesting from `SUMMARY.md` (parts, a draft, a page it leaves out),
    /// footnotes in a chapter and in a book, a link to a `.html` name, raw HTML.
    @Test(arguments: ["basico", "cartas", "organizacion", "imprimir", "mdbook"])
    func buildsTheExpectedSite(_ name: String) throws {
        let package = Fixtures.packages.appendingPathComponent(name)
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        // Folders relative to the package, so messages name files as they are in the repository.
        let report = Libro.build(
            BuildOptions(content: "content", theme: "../../../theme", output: output.path, workingDirectory: package))
        try #require(report.diagnostics.errors.map(\.description) == [])
        let warnings = report.diagnostics.warnings.map { "\($0.description)\n" }.joined()
        let site = try Self.withoutThemeResources(try snapshot(of: output))
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            #expect(
                !text.contains(folder.url.path) && !text.contains(Fixtures.repository.path),
                "\(path) names a folder of the machine that built it")
        }
        #expect(try SiteCrawler.problems(in: output) == [])
        #expect(try SiteCrawler.duplicateIDs(in: output) == [])

        if Self.regenerating {
            try Self.write(site, warnings: warnings, into: package)
        } else {
            try Self.compare(site, warnings: warnings, with: package)
        }
    }
}

extension ExpectedSiteTests {
    /// The site without the files copied from the theme's `recursos/`, after checking that each
    /// is there with the theme's bytes, and without the offline reader's `sw.js`.
    fileprivate static func withoutThemeResources(_ site: [String: Data]) throws -> [String: Data] {
        var site = site
        #expect(site.removeValue(forKey: "sw.js") != nil, "the site has no sw.js")
        for (path, data) in try snapshot(of: Fixtures.theme.appendingPathComponent("recursos")) {
            #expect(site.removeValue(forKey: "recursos/\(path)") == data, "recursos/\(path) is not the theme's file")
        }
        return site
    }

    fileprivate static func compare(_ site: [String: Data], warnings: String, with package: URL) throws {
        let name = package.lastPathComponent
        // Hidden files (a file manager's .DS_Store) are no part of the expected site.
        let expected = try snapshot(of: package.appendingPathComponent("expected"))
            .filter { !$0.key.hasPrefix(".") && !$0.key.contains("/.") }
        let comparison = SiteComparison(expected: expected, built: site)
        if !comparison.isEmpty {
            Issue.record(
                Comment(
                    rawValue: """
                        The site built from Tests/Fixtures/\(name)/content is not the expected one; \
                        \(comparison.report())
                        If the change is intended, write the new expected files with `\(regenerateCommand)` \
                        and review them with `git diff Tests/Fixtures`.
                        """))
        }
        let expectedWarnings =
            (try? String(contentsOf: package.appendingPathComponent("expected-warnings.txt"), encoding: .utf8)) ?? ""
        #expect(
            warnings == expectedWarnings,
            "The warnings differ from Tests/Fixtures/\(name)/expected-warnings.txt; if intended: \(regenerateCommand)")
    }

    /// Replaces the package's expected site and warnings with these.
    fileprivate static func write(_ site: [String: Data], warnings: String, into package: URL) throws {
        let expected = package.appendingPathComponent("expected")
        try? FileManager.default.removeItem(at: expected)
        for (path, data) in site {
            let file = expected.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        try Data(warnings.utf8).write(to: package.appendingPathComponent("expected-warnings.txt"))
    }
}
