import Diagnostics
import Foundation
import Markdown
import Model
import TestSupport
import Testing

@testable import Load

/// Pages without front matter and `SUMMARY.md`, as mdBook reads them.
@Suite struct PlainMarkdownTests {
    func load(_ files: [String: String]) throws -> (LoadedContent, [String]) {
        let folder = try TemporaryFolder()
        for (path, text) in files { try folder.write(path, text) }
        let (content, diagnostics) = ContentLoader.load(from: folder.url, displayRoot: "content")
        return (try #require(content), diagnostics.sorted.map(\.description))
    }

    /// The first `#` heading is the title and leaves the body; every other place keeps its line.
    @Test func theFirstHeadingIsTheTitleAndLeavesTheBody() throws {
        let (content, problems) = try load([
            "a.md": "Intro\n\nTítulo *largo*\n==============\n\n## Parte\n\n[x](falta.md)\n",
            "b.md": "- # En una lista\n\n# Fuera de ella\n",
        ])
        #expect(problems.isEmpty)
        #expect(content.pages.map(\.frontMatter.title) == ["Título largo", "Fuera de ella"])
        #expect(content.pages[0].id == "a")
        #expect(content.pages[0].headings.map(\.text) == ["Parte"])
        #expect(content.pages[0].links.map(\.location.line) == [8])
        let body = try #require(content.bodies[0].prepared)
        let html = body.filled(
            anchors: ["parte"], links: [nil], mentions: MentionIndex([]), destinations: [], className: "t")
        #expect(html == "<p>Intro</p>\n<h2 id=\"parte\">\nParte\n</h2>\n<p><a href=\"falta.md\">x</a></p>\n")
        #expect(content.pages[1].headings.map(\.text) == ["En una lista"])
    }

    @Test func theSummaryNestsNumbersAndKeepsDrafts() throws {
        let summary = """
            # Sumario

            [Prólogo](prologo.md)

            # Parte uno

            - [*Uno*](uno.md)
                - [Uno uno](<uno/uno uno.md>)
              * [Uno `dos` \\[b\\]](./uno/dos.md)
            - [Borrador]()
            <!-- un comentario
            de dos líneas -->
            ---
            [Epílogo](epilogo.md)
            """
        let (content, problems) = try load(["SUMMARY.md": summary, "index.md": "# Inicio\n"])
        let chapters = try #require(content.summary).chapters
        #expect(chapters.map(\.title) == ["Prólogo", "Uno", "Borrador", "Epílogo"])
        #expect(chapters.map(\.isNumbered) == [false, true, true, false])
        #expect(chapters[1].children.map(\.path) == ["uno/uno uno.md", "uno/dos.md"])
        #expect(chapters[1].children.map(\.title) == ["Uno uno", "Uno dos [b]"])
        #expect(chapters[2].path == nil)
        #expect(
            problems.filter { $0.contains("[sumario-archivo-no-encontrado]") }.map { String($0.prefix(21)) } == [
                "content/SUMMARY.md:3:", "content/SUMMARY.md:7:", "content/SUMMARY.md:8:",
                "content/SUMMARY.md:9:", "content/SUMMARY.md:14",
            ])
    }

    @Test func aPageWithNoTitleTakesTheSummarysAndOneLeftOutIsAWarning() throws {
        let (content, problems) = try load([
            "SUMMARY.md": "- [Del sumario](a.md)\n", "index.md": "# Inicio\n", "a.md": "Texto.\n", "b.md": "# B\n",
        ])
        #expect(content.pages.map(\.frontMatter.title) == ["Del sumario", "B", "Inicio"])
        #expect(problems.map { $0.hasSuffix("[fuera-del-sumario]") } == [true])
        #expect(problems.first?.hasPrefix("content/b.md:1:1: aviso:") == true)
    }
}
