import Foundation
import LibroKit
import Testing

/// A section larger than `navegacion_maxima` shows, on each page, a window of its entries and a
/// link to the section's page, which lists them all: a page's size stays the same however large
/// its section grows.
@Suite struct LargeSectionTests {
    static let limit = 40
    static let large = 120

    /// A package with a section of `large` pages and a small one of 3.
    private static func build(into folder: TemporaryFolder) throws -> URL {
        try folder.write("content/index.md", "---\ntitulo: Paquete grande\n---\nInicio.\n")
        try folder.write("content/libro.yml", "titulo: Paquete grande\nnavegacion_maxima: \(limit)\n")
        try folder.write("content/grande/_index.md", "---\ntitulo: Sección grande\norden: 1\n---\nLa sección.\n")
        for number in 1...large {
            try folder.write(
                "content/grande/\(name(number)).md",
                "---\ntitulo: Página \(number)\norden: \(number)\n---\nTexto de la página \(number). Ver [la primera](\(name(1)).md).\n"
            )
        }
        try folder.write("content/chica/_index.md", "---\ntitulo: Sección chica\norden: 2\n---\nPocas.\n")
        for number in 1...3 {
            try folder.write(
                "content/chica/\(name(number)).md", "---\ntitulo: Chica \(number)\norden: \(number)\n---\nHola.\n")
        }
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(
            Fixtures.options(content: folder.url.appendingPathComponent("content"), output: output))
        try #require(report.succeeded, "\(report.diagnostics.sorted)")
        return output
    }

    private static func name(_ number: Int) -> String {
        "pagina-" + String(repeating: "0", count: 3 - String(number).count) + String(number)
    }

    /// The entries of the open section's list in a page's navigation, as `href` → text.
    private static func sectionEntries(_ page: URL) throws -> [(href: String, text: String, line: String)] {
        let html = try String(contentsOf: page, encoding: .utf8)
        let nav = try #require(html.between("<nav class=\"navegacion\"", "</nav>"))
        let inner = try #require(
            nav.components(separatedBy: "<li class=\"abierto\"><a href=\"index.html\"").dropFirst().first)
        let list = try #require(inner.between("<ul>", "</ul>"))
        return list.split(separator: "\n").filter { $0.hasPrefix("<li") }.map { line in
            let href = line.firstMatch(of: /href="([^"]+)"/).map { String($0.output.1) } ?? ""
            let text = line.firstMatch(of: />([^<>]+)<\/(?:a|li)>/).map { String($0.output.1) } ?? ""
            return (href, text, String(line))
        }
    }

    @Test(arguments: [1, 2, 60, 119, 120])
    func aPageOfALargeSectionShowsAWindowAroundItselfAndALinkToTheWholeList(_ number: Int) throws {
        let folder = try TemporaryFolder()
        let site = try Self.build(into: folder)
        let entries = try Self.sectionEntries(site.appendingPathComponent("grande/\(Self.name(number)).html"))
        #expect(entries.count <= Self.limit + 2)
        let pages = entries.filter { $0.href.hasPrefix("pagina-") }
        #expect(pages.count == Self.limit)
        let current = try #require(pages.first { $0.href == "\(Self.name(number)).html" })
        #expect(current.line.contains("aria-current=\"page\""))
        let rest = entries.filter { $0.line.hasPrefix("<li class=\"resto\">") }
        #expect(rest.map(\.href) == ["index.html#libro_paginas"])
        #expect(rest.map(\.text) == ["Ver las 120 páginas de «Sección grande»"])
        // Where the window is cut, a «…» or the link to the rest says so.
        let first = try #require(pages.first?.href)
        let last = try #require(pages.last?.href)
        #expect((first != "\(Self.name(1)).html") == (entries.first?.href.hasPrefix("pagina-") == false))
        #expect((last != "\(Self.name(Self.large)).html") == (entries.last?.href.hasPrefix("pagina-") == false))
    }

    @Test func theSectionsPageShowsTheFirstEntriesAndListsEveryPage() throws {
        let folder = try TemporaryFolder()
        let site = try Self.build(into: folder)
        let page = site.appendingPathComponent("grande/index.html")
        let entries = try Self.sectionEntries(page)
        #expect(
            entries.filter { $0.href.hasPrefix("pagina-") }.map(\.href)
                == (1...Self.limit).map { "\(Self.name($0)).html" })
        let html = try String(contentsOf: page, encoding: .utf8)
        let list = try #require(html.between("<nav class=\"lista-completa\" id=\"libro_paginas\"", "</nav>"))
        let listed = list.matches(of: /<li><a href="([^"]+)">/).map { String($0.output.1) }
        #expect(listed == (1...Self.large).map { "\(Self.name($0)).html" })
    }

    @Test func aSmallSectionListsEveryEntryAndItsPageNoList() throws {
        let folder = try TemporaryFolder()
        let site = try Self.build(into: folder)
        let html = try String(contentsOf: site.appendingPathComponent("chica/pagina-002.html"), encoding: .utf8)
        let nav = try #require(html.between("<nav class=\"navegacion\"", "</nav>"))
        #expect(
            nav.contains(
                "<li><a href=\"pagina-001.html\">Chica 1</a></li>\n<li class=\"abierto\"><a href=\"pagina-002.html\" aria-current=\"page\">Chica 2</a></li>\n<li><a href=\"pagina-003.html\">Chica 3</a></li>\n</ul>"
            ))
        #expect(!nav.contains("resto") && !nav.contains("corte"))
        let small = try String(contentsOf: site.appendingPathComponent("chica/index.html"), encoding: .utf8)
        #expect(!small.contains("lista-completa"))
    }

    /// Every link of the windows and lists resolves, anchors included, and search still finds
    /// the pages the navigation no longer lists.
    @Test func linksResolveAndSearchKeepsEveryPage() throws {
        let folder = try TemporaryFolder()
        let site = try Self.build(into: folder)
        #expect(try SiteCrawler.problems(in: site) == [])
        let index = try snapshot(of: site.appendingPathComponent("recursos/busqueda"))
            .values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for number in 1...Self.large {
            #expect(index.contains("grande/\(Self.name(number)).html"))
        }
        let check = CapturedRun(
            ["revisar", "--contenido", folder.url.appendingPathComponent("content").path], in: folder.url)
        #expect(check.status == 0, "\(check.error)")
    }
}
