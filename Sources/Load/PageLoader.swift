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
        times: inout WorkTimes,
        findsCitations: Bool = true
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

        let document = times.measure(.parse) { MarkdownDocument(parsing: parts.body, options: options) }
        start = clock.now
        defer { times.add(.frontMatter, clock.now - start) }
        func locate(_ position: SourcePosition) -> SourceLocation {
            // cmark leaves some inlines (autolinks) without a position: point at the body's start.
            guard position.line > 0 else { return source.location(line: parts.bodyFirstLine) }
            return source.location(line: position.line + parts.bodyFirstLine - 1, byteColumn: position.byteColumn)
        }
        if options.allowsRawHTML {
            for html in document.rawHTML {
                diagnostics.append(contentsOf: RawHTMLCheck.problems(in: html, locate: locate))
            }
        } else {
            // One warning per line: an inline tag pair is two raw HTML nodes.
            var warnedLines: Set<Int> = []
            for position in document.rawHTML.map(\.position) where warnedLines.insert(position.line).inserted {
                diagnostics.append(
                    .warning(
                        "html-omitido",
                        "el HTML escrito en la página se omite; usa Markdown o activa `html_crudo: true` en libro.yml",
                        at: locate(position)
                    )
                )
            }
        }
        if findsCitations {
            for citation in document.unlinkedCitations() {
                diagnostics.append(
                    .warning(
                        "cita-sin-enlace",
                        "«\(citation.text)» parece una cita, pero no enlaza a su referencia; escríbela como enlace, `[\(citation.text)](cita:clave)`, con la `clave` de su entrada en un bloque `referencias`",
                        at: locate(citation.position)))
            }
        }
        let blocks = DataBlockDecoder(source: source, bodyFirstLine: parts.bodyFirstLine, headings: document.headings)
            .decode(document.codeBlocks, diagnostics: &diagnostics)
        let page = SourcePage(
            path: path,
            location: source.location(line: 1),
            frontMatter: frontMatter,
            headings: document.headings.map {
                HeadingOccurrence(level: $0.level, text: $0.text, location: locate($0.position), lead: $0.lead)
            },
            links: document.links.map {
                LinkOccurrence(
                    destination: $0.destination,
                    hasEmptyText: $0.hasEmptyText,
                    isImage: $0.isImage,
                    location: locate($0.position)
                )
            },
            blocks: blocks,
            callouts: document.callouts.map {
                CalloutOccurrence(
                    kind: CalloutKind.normalized($0.kind), detail: $0.detail, location: locate($0.position))
            }
        )
        return (page, MarkdownSource(text: parts.body, options: options))
    }
}
