import Foundation
import Link
import Markdown
import Model
import Theme
import Workers

/// RENDER for one page's body: data blocks drawn by the theme, first mentions of glossary terms
/// linked, heading anchors set, cross-references resolved, then cmark's HTML.
struct PageBodyRenderer {
    /// The class of links to glossary terms, so the theme can tell them from other links.
    static let mentionClass = "termino"

    let site: LinkedSite
    let templates: TemplateSet
    let strings: [String: String]
    /// The glossary's forms, read once for every page.
    let mentions: MentionIndex
    private let destinations: MentionDestinations

    init(site: LinkedSite, templates: TemplateSet, strings: [String: String]) {
        self.site = site
        self.templates = templates
        self.strings = strings
        mentions = MentionIndex(site.glossary.map { ($0.forms, $0.exactForms) })
        destinations = MentionDestinations(site: site)
    }

    /// Renders `body`, the body of page `index`: filled in when LOAD prepared it, otherwise
    /// parsed and drawn. `bodies` are the pages already rendered, which a book made of other pages
    /// gathers.
    func render(page index: Int, body: MarkdownSource, bodies: [Int: String] = [:], times: inout WorkTimes) -> String {
        let page = site.pages[index]
        let html: String
        if let prepared = body.prepared {
            html = times.measure(.body) {
                prepared.filled(
                    anchors: page.anchors, links: page.links.map(rewrite), mentions: mentions,
                    destinations: destinations.from(page: index), className: Self.mentionClass,
                    blocks: drawnBlocks(page: index, bodies: bodies))
            }
        } else {
            let document = times.measure(.parse) { body.parse() }
            html = times.measure(.body) { render(page: index, document: document, bodies: bodies) }
        }
        return TaskListMarkup.replace(
            in: html, done: strings["casilla_hecha"] ?? "", pending: strings["casilla_pendiente"] ?? "")
    }

    private func rewrite(_ link: ResolvedLink?) -> LinkRewrite? {
        link.map { LinkRewrite(destination: $0.destination, fillText: $0.fillText) }
    }

    /// Draws `document` in place; each document is drawn once.
    private func render(page index: Int, document: MarkdownDocument, bodies: [Int: String]) -> String {
        let page = site.pages[index]
        drawCallouts(in: document)
        for (block, html) in zip(page.blocks, drawnBlocks(page: index, bodies: bodies)) {
            guard let html else { continue }
            document.replaceCodeBlock(block.codeBlock, withHTML: html)
        }
        document.linkFirstMentions(
            using: mentions, destinations: destinations.from(page: index), className: Self.mentionClass)
        document.setHeadingAnchors(page.anchors)
        document.rewriteLinks { link, _ in rewrite(page.links[link]) }
        return document.renderHTML()
    }

    /// The theme's drawing of each of the page's data blocks, nil for one it does not draw.
    private func drawnBlocks(page index: Int, bodies: [Int: String]) -> [String?] {
        let page = site.pages[index]
        guard !page.blocks.isEmpty else { return [] }
        let blocks = BlockContext(site: site, index: index, bodies: bodies, strings: strings)
        return page.blocks.enumerated().map { blockIndex, block in
            guard var made = blocks.make(block, blockIndex: blockIndex) else { return nil }
            made.context["textos"] = strings
            made.context["notas_de_revision"] = site.config.showsReviewNotes
            return templates.render(made.context, with: made.template)
        }
    }

    /// Where a callout's content goes in its template, which wraps it.
    private static let calloutContent = "\u{1}contenido\u{1}"

    /// Callouts of the kinds the theme labels become boxes drawn by `bloques/aviso`; others stay
    /// block quotes (the build warned about them).
    private func drawCallouts(in document: MarkdownDocument) {
        guard templates.has(CalloutKind.template) else { return }
        for (index, callout) in document.callouts.enumerated() {
            let kind = CalloutKind.normalized(callout.kind)
            guard let label = strings[CalloutKind.labelKey(kind)] else { continue }
            let context: [String: Any] = [
                "tipo": kind, "titulo": label, "detalle": callout.detail, "tiene_detalle": !callout.detail.isEmpty,
                "contenido": Self.calloutContent,
                "textos": strings,
            ]
            let html = templates.render(context, with: CalloutKind.template)
            let parts = html.components(separatedBy: Self.calloutContent)
            document.wrapCallout(index, enter: parts[0], exit: parts.dropFirst().joined())
        }
    }
}
