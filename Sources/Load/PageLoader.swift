import Diagnostics
import Markdown
import Model

/// LOAD for one Markdown file: front matter, body parsed by cmark, positions made file-relative.
/// The tree is dropped once read; the body's text goes on to RENDER.
enum PageLoader {
    static func load(
        path: String,
        source: SourceText,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList,
        times: inout WorkTimes
    ) -> (SourcePage, MarkdownSource)? {
        let clock = ContinuousClock()
        var start = clock.now
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(source) {
        case .success(let split): parts = split
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let isSectionIndex = path == "_index.md" || path.hasSuffix("/_index.md")
        guard
            let frontMatter = FrontMatterDecoder.decode(
                parts,
                isSectionIndex: isSectionIndex,
                in: source,
                diagnostics: &diagnostics
            )
        else { return nil }
        times.add(.frontMatter, clock.now - start)

        func locate(_ positions: [SourcePosition]) -> [SourceLocation] {
            // cmark leaves some inlines (autolinks) without a position: point at the body's start.
            source.locations(
                positions.map { position in
                    position.line > 0
                        ? (position.line + parts.bodyFirstLine - 1, position.byteColumn) : (parts.bodyFirstLine, 1)
                })
        }
        // The system's cmark-gfm may take minutes or all memory on some texts: they are refused
        // before it sees them. The page stays, without a body, so links to it do not fail too.
        let scan = times.measure(.parse) { ComplexityScan(parts.body) }
        for (exceeded, location) in zip(scan.exceeded, locate(scan.exceeded.map(\.position))) {
            diagnostics.append(ComplexityDiagnostics.diagnostic(for: exceeded, at: location))
        }
        let body = scan.exceeded.isEmpty ? parts.body : ""
        let document = times.measure(.parse) { MarkdownDocument(parsing: body, options: options) }
        start = clock.now
        defer { times.add(.frontMatter, clock.now - start) }
        if !options.allowsRawHTML {
            // One warning per line: an inline tag pair is two raw HTML nodes.
            var warnedLines: Set<Int> = []
            let firstOnTheirLines = document.rawHTML.filter { warnedLines.insert($0.line).inserted }
            for location in locate(firstOnTheirLines) {
                diagnostics.append(
                    .warning(
                        "html-omitido",
                        "el HTML escrito en la página se omite; usa Markdown o activa `html_crudo: true` en libro.yml",
                        at: location
                    )
                )
            }
        }
        let blocks = DataBlockDecoder(source: source, bodyFirstLine: parts.bodyFirstLine, headings: document.headings)
            .decode(document.codeBlocks, diagnostics: &diagnostics)
        let page = SourcePage(
            path: path,
            location: source.location(line: 1),
            frontMatter: frontMatter,
            headings: zip(document.headings, locate(document.headings.map(\.position))).map { heading, location in
                HeadingOccurrence(level: heading.level, text: heading.text, location: location, lead: heading.lead)
            },
            links: zip(document.links, locate(document.links.map(\.position))).map { link, location in
                LinkOccurrence(
                    destination: link.destination,
                    hasEmptyText: link.hasEmptyText,
                    isImage: link.isImage,
                    location: location
                )
            },
            blocks: blocks
        )
        return (page, MarkdownSource(text: body, options: options))
    }
}
