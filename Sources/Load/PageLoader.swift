import Diagnostics
import Markdown
import Model
import Workers

/// LOAD for one Markdown file: front matter, body parsed by cmark, positions made file-relative.
/// The tree is dropped once read; the body goes on to RENDER rendered, or as text where it must
/// wait for the theme.
enum PageLoader {
    /// - Parameter findsCitations: whether text that reads like an unlinked citation is reported
    ///   (pages made from data hold dates, not citations).
    static func load(
        path: String,
        source: SourceText,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList,
        times: inout WorkTimes,
        findsCitations: Bool = true
    ) -> (SourcePage, MarkdownSource)? {
        let clock = ContinuousClock()
        let start = clock.now
        guard let split = FrontMatterSplitter.split(source) else {
            let (frontMatter, body) = times.measure(.parse) { PlainPage.split(source, options: options) }
            return load(
                path: path, source: source, frontMatter: frontMatter, body: body, bodyFirstLine: 1, options: options,
                diagnostics: &diagnostics, times: &times, findsCitations: findsCitations)
        }
        let parts: FrontMatterSplitter.Parts
        switch split {
        case .success(let split): parts = split
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let isSectionIndex = path == "_index.md" || path.hasSuffix("/_index.md")
        guard
            let frontMatter = FrontMatterDecoder.decode(
                parts, isSectionIndex: isSectionIndex, in: source, diagnostics: &diagnostics)
        else { return nil }
        times.add(.frontMatter, clock.now - start)
        return load(
            path: path, source: source, frontMatter: frontMatter, body: parts.body, bodyFirstLine: parts.bodyFirstLine,
            options: options, diagnostics: &diagnostics, times: &times, findsCitations: findsCitations)
    }

    /// A page whose front matter is already known: `body` is the Markdown from `bodyFirstLine`
    /// of `source`.
    static func load(
        path: String,
        source: SourceText,
        frontMatter: FrontMatter,
        body text: String,
        bodyFirstLine: Int,
        options: MarkdownOptions,
        diagnostics: inout DiagnosticList,
        times: inout WorkTimes,
        findsCitations: Bool
    ) -> (SourcePage, MarkdownSource)? {
        let clock = ContinuousClock()
        let body = BodyReader(source: source, bodyFirstLine: bodyFirstLine)
        let (document, text) = body.parse(text, options: options, diagnostics: &diagnostics, times: &times)
        var reading = clock.now
        body.checkRawHTML(of: document, options: options, diagnostics: &diagnostics)
        body.checkCardMarkers(of: document, diagnostics: &diagnostics)
        if findsCitations { body.checkCitations(of: document, diagnostics: &diagnostics) }
        let page = SourcePage(
            path: path,
            location: source.location(line: 1),
            frontMatter: frontMatter,
            headings: zip(document.headings, body.locate(document.headings.map(\.position))).map { heading, at in
                HeadingOccurrence(level: heading.level, text: heading.text, location: at, lead: heading.lead)
            },
            links: zip(document.links, body.locate(document.links.map(\.position))).map { link, at in
                LinkOccurrence(
                    destination: link.destination, hasEmptyText: link.hasEmptyText, isImage: link.isImage, location: at)
            },
            blocks: DataBlockDecoder(source: source, bodyFirstLine: bodyFirstLine, headings: document.headings)
                .decode(document.codeBlocks, diagnostics: &diagnostics),
            callouts: zip(document.callouts, body.locate(document.callouts.map(\.position))).map { callout, at in
                CalloutOccurrence(kind: CalloutKind.normalized(callout.kind), detail: callout.detail, location: at)
            }
        )
        times.add(.frontMatter, clock.now - reading)
        reading = clock.now
        // Rendering the body here is what RENDER no longer does: timed as its work.
        defer { times.add(.body, clock.now - reading) }
        return (page, body.keep(document, text: text, page: page, options: options))
    }
}

/// A page's Markdown body: parsed once it is known to be safe for cmark, and its places turned
/// into the file's lines and columns.
private struct BodyReader {
    let source: SourceText
    let bodyFirstLine: Int

    /// Places in reading order, each counted on from the one before (see `SourceText.locations`).
    func locate(_ positions: [SourcePosition]) -> [SourceLocation] {
        // cmark leaves some inlines (autolinks) without a position: point at the body's start.
        source.locations(
            positions.map { position in
                position.line > 0 ? (position.line + bodyFirstLine - 1, position.byteColumn) : (bodyFirstLine, 1)
            })
    }

    /// The parsed body and the text that goes on to RENDER. The system's cmark-gfm may take
    /// minutes or all memory on some texts: they are refused before it sees them, and the page
    /// stays, without a body, so links to it do not fail too.
    func parse(_ text: String, options: MarkdownOptions, diagnostics: inout DiagnosticList, times: inout WorkTimes)
        -> (MarkdownDocument, String)
    {
        let scan = times.measure(.parse) { ComplexityScan(text) }
        for (exceeded, location) in zip(scan.exceeded, locate(scan.exceeded.map(\.position))) {
            diagnostics.append(ComplexityDiagnostics.diagnostic(for: exceeded, at: location))
        }
        let body = scan.exceeded.isEmpty ? text : ""
        return (times.measure(.parse) { MarkdownDocument(parsing: body, options: options) }, body)
    }

    /// What RENDER gets: the body rendered now, with marks where its data blocks go (the theme
    /// draws them with the whole site), unless it has callouts (drawn around Markdown by the
    /// theme) or it could not be prepared.
    func keep(_ document: MarkdownDocument, text: String, page: SourcePage, options: MarkdownOptions)
        -> MarkdownSource
    {
        guard document.callouts.isEmpty,
            let prepared = document.prepareBody(of: text, dataBlocks: page.blocks.map(\.codeBlock))
        else {
            return MarkdownSource(text: text, options: options)
        }
        return MarkdownSource(prepared: prepared, options: options)
    }

    /// Raw HTML is dropped with a warning, one per line (an inline tag pair is two nodes); where
    /// the package lets it through, it must follow the rules for links.
    func checkRawHTML(of document: MarkdownDocument, options: MarkdownOptions, diagnostics: inout DiagnosticList) {
        guard !options.allowsRawHTML else {
            let problems = document.rawHTML.flatMap(RawHTMLCheck.problems)
            for (problem, location) in zip(problems, locate(problems.map(\.position))) {
                diagnostics.append(problem.diagnostic(location))
            }
            return
        }
        var warnedLines: Set<Int> = []
        let firstOnTheirLines = document.rawHTML.map(\.position).filter { warnedLines.insert($0.line).inserted }
        for location in locate(firstOnTheirLines) {
            diagnostics.append(
                .warning(
                    "html-omitido",
                    "el HTML escrito en la página se omite; usa Markdown o activa `html_crudo: true` en libro.yml",
                    at: location))
        }
    }

    /// A `<!-- fichas -->` mark stands right above the table it turns into cards.
    func checkCardMarkers(of document: MarkdownDocument, diagnostics: inout DiagnosticList) {
        for location in locate(document.strayCardMarkers) {
            diagnostics.append(
                .warning(
                    "fichas-sin-tabla",
                    "la marca `<!-- fichas -->` no va seguida de una tabla y no hace nada; escribe la tabla justo debajo de ella o quítala",
                    at: location))
        }
    }

    func checkCitations(of document: MarkdownDocument, diagnostics: inout DiagnosticList) {
        let citations = document.unlinkedCitations()
        for (citation, location) in zip(citations, locate(citations.map(\.position))) {
            diagnostics.append(
                .warning(
                    "cita-sin-enlace",
                    "«\(citation.text)» parece una cita, pero no enlaza a su referencia; escríbela como enlace, `[\(citation.text)](cita:clave)`, con la `clave` de su entrada en un bloque `referencias`",
                    at: location))
        }
    }
}
