import Diagnostics
import Model

@testable import Link

/// Terse SourcePage values for LINK tests: `page("guia/a.md", "A", links: ["ref:b"])`.
func page(
    _ path: String,
    _ title: String,
    id: String? = nil,
    order: Int? = nil,
    number: String? = nil,
    numbering: Numbering? = nil,
    headings: [String] = [],
    links: [String] = [],
    emptyLinks: Bool = false
) -> SourcePage {
    let file = "content/" + path
    return SourcePage(
        path: path,
        location: SourceLocation(file: file),
        frontMatter: FrontMatter(title: title, id: id, order: order, number: number, numbering: numbering),
        headings: headings.enumerated().map {
            HeadingOccurrence(level: 2, text: $1, location: SourceLocation(file: file, line: 10 + $0))
        },
        links: links.enumerated().map {
            LinkOccurrence(
                destination: $1,
                hasEmptyText: emptyLinks,
                isImage: false,
                location: SourceLocation(file: file, line: 20 + $0, column: 3)
            )
        }
    )
}

func link(_ pages: [SourcePage], staticFiles: [String] = []) -> (LinkedSite, [String]) {
    let (site, diagnostics) = SiteLinker.link(
        pages: pages,
        staticFiles: staticFiles.map(StaticFile.init(path:)),
        config: SiteConfig(),
        displayRoot: "content"
    )
    return (site, diagnostics.sorted.map(\.description))
}
