// Fuzz target: the Markdown module (the cmark-gfm wrapper). The input is first scanned for what
// would make cmark-gfm slow, and refused as LOAD refuses it; otherwise it is parsed in safe mode
// and with raw HTML allowed, and each tree is changed through every public operation before it
// is rendered, as RENDER does. See Tests/Fuzz/run.sh.
import Foundation
import FuzzDriver
import Link
import Markdown

/// Glossary-like terms, plus each heading of the input as a term of its own, so the fuzzer also
/// controls what is looked for.
private let fixedTerms = [
    MentionTarget(forms: ["alianza estratégica", "alianzas estratégicas", "alianza"], destination: "glosario.html#a"),
    MentionTarget(forms: ["organización"], exactForms: ["OSC"], destination: "glosario.html#osc"),
    MentionTarget(forms: ["5R", "las 5 Rs"], destination: "../glosario.html#5r"),
    MentionTarget(forms: ["aquí"], destination: ""),
]

private func run(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    let scan = ComplexityScan(text)
    _ = scan.exceeded.map { ($0.limit.rawValue, $0.value, $0.position.line, $0.position.byteColumn) }
    guard scan.exceeded.isEmpty else { return }
    for allowsRawHTML in [false, true] {
        let document = MarkdownDocument(parsing: text, options: MarkdownOptions(allowsRawHTML: allowsRawHTML))
        // Read every position LOAD reads, so ASan checks what the tree walk produced.
        _ = document.headings.map { ($0.level, $0.text, $0.lead, $0.position.line, $0.position.byteColumn) }
        _ = document.links.map { ($0.destination, $0.hasEmptyText, $0.isImage, $0.position.line) }
        _ = document.rawHTML.map(\.position.byteColumn)
        _ = document.codeBlocks.map { ($0.info, $0.literal, $0.headingAbove, $0.position.line) }

        let terms =
            fixedTerms
            + document.headings.enumerated().map { MentionTarget(forms: [$1.text], destination: "#t\($0)") }
        let anchors = Slug.unique(document.headings.map(\.text))
        let replaceBlocks = {
            for (index, block) in document.codeBlocks.enumerated() where index % 2 == 0 {
                document.replaceCodeBlock(index, withHTML: "<div class=\"\(block.info)\">\(block.literal.count)</div>")
            }
        }
        let rewriteLinks = {
            document.rewriteLinks { index, link in
                guard index % 3 != 2 else { return nil }
                return LinkRewrite(destination: "x/\(link.destination)", fillText: link.hasEmptyText ? "título" : nil)
            }
        }
        if allowsRawHTML {
            // Another order than RENDER's: the operations do not depend on one another.
            rewriteLinks()
            document.setHeadingAnchors(anchors)
            document.linkFirstMentions(of: terms, className: "termino")
            replaceBlocks()
        } else {
            // RENDER's order, with the terms read once as it does for many pages.
            replaceBlocks()
            document.linkFirstMentions(
                using: MentionIndex(terms.map { ($0.forms, $0.exactForms) }),
                destinations: terms.map(\.destination),
                className: "termino"
            )
            document.setHeadingAnchors(anchors)
            rewriteLinks()
        }
        _ = document.renderHTML()
    }
}

@main
enum Fuzzer {
    static func main() throws { try FuzzDriver.run(run) }
}
