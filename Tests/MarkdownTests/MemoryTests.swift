import Testing

@testable import Markdown

/// Every cmark allocation made for a document (parser, tree, nodes added by the wrapper,
/// rendered HTML) goes through a counting allocator here; all must be freed.
@Suite struct MemoryTests {
    @Test func everyAllocationIsFreed() {
        let before = CmarkAllocator.liveCountingAllocations
        do {
            let document = MarkdownDocument(
                parsing: """
                    # Título

                    | a | b |
                    | --- | --- |
                    | 1 | 2 |

                    - [ ] tarea con [](ref:x) y https://ejemplo.org ~~no~~ <script>x</script>

                    ```actividad
                    duracion: 1 h
                    ```

                    Una alianza estratégica entre OSC.

                    > [!AGREGADO] opcional
                    > Un paso *nuevo*.
                    """,
                options: MarkdownOptions(),
                allocator: .counting
            )
            #expect(CmarkAllocator.liveCountingAllocations > before)
            document.setHeadingAnchors(["titulo"])
            document.rewriteLinks { _, _ in LinkRewrite(destination: "x.html", fillText: "X") }
            document.replaceCodeBlock(0, withHTML: "<p>1 h</p>")
            document.wrapCallout(0, enter: "<aside>", exit: "</aside>")
            let targets = [MentionTarget(forms: ["alianza estratégica"], exactForms: ["OSC"], destination: "g.html")]
            #expect(document.linkFirstMentions(of: targets, className: "termino") == [0])
            #expect(document.renderHTML().contains("<table>"))
        }
        #expect(CmarkAllocator.liveCountingAllocations == before)
    }
}
