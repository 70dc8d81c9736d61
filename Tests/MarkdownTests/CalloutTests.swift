import Testing

@testable import Markdown

/// `> [!TIPO] detalle` opens a callout, as GitHub writes its alerts: the marker line goes, the
/// rest of the quote stays Markdown inside the markup the theme gives.
@Suite struct CalloutTests {
    @Test func findsMarkersWithTheirKindDetailAndPlace() {
        let document = MarkdownDocument(
            parsing:
                "Texto.\n\n> [!AGREGADO] opcional, 15 min\n> Un paso **nuevo**.\n\n> [!Corrección]\n> Dice otra cosa.\n"
        )
        #expect(
            document.callouts == [
                MarkdownCallout(
                    kind: "AGREGADO", detail: "opcional, 15 min", position: SourcePosition(line: 3, byteColumn: 1)),
                MarkdownCallout(kind: "Corrección", detail: "", position: SourcePosition(line: 6, byteColumn: 1)),
            ])
    }

    @Test(arguments: [
        "> Una cita [!AGREGADO]\n", "> *[!AGREGADO]*\n", "> [!]\n> x\n", "> [! AGREGADO]\n", "[!AGREGADO]\n",
        "> [!AGRE GADO]\n", "> [!AGREGADO](ref:x)\n",
    ])
    func leavesOtherQuotesAlone(_ markdown: String) {
        #expect(MarkdownDocument(parsing: markdown).callouts == [])
    }

    @Test func wrapsTheContentWithoutTheMarkerLine() {
        let document = MarkdownDocument(parsing: "> [!AGREGADO] detalle\n> Un paso *nuevo*.\n>\n> - uno\n")
        document.wrapCallout(0, enter: "<aside>", exit: "</aside>")
        #expect(
            document.renderHTML() == "<aside>\n<p>Un paso <em>nuevo</em>.</p>\n<ul>\n<li>uno</li>\n</ul>\n</aside>\n")
    }

    @Test func dropsAMarkerThatStandsAloneInItsParagraph() {
        let document = MarkdownDocument(parsing: "> [!CORRECCION]\n>\n> El texto.\n\nFuera.\n")
        document.wrapCallout(0, enter: "<aside>", exit: "</aside>")
        #expect(document.renderHTML() == "<aside>\n<p>El texto.</p>\n</aside>\n<p>Fuera.</p>\n")
    }

    @Test func wrapsNestedCalloutsAndKeepsTheirBlocks() {
        let document = MarkdownDocument(
            parsing:
                "> [!AGREGADO]\n> Fuera.\n>\n> > [!CORRECCION]\n> > Dentro.\n>\n> ```actividad\n> duracion: 5 min\n> ```\n"
        )
        #expect(document.callouts.map(\.kind) == ["AGREGADO", "CORRECCION"])
        #expect(document.codeBlocks.map(\.info) == ["actividad"])
        document.wrapCallout(1, enter: "<i>", exit: "</i>")
        document.wrapCallout(0, enter: "<b>", exit: "</b>")
        document.replaceCodeBlock(0, withHTML: "<p>5 min</p>")
        #expect(document.renderHTML() == "<b>\n<p>Fuera.</p>\n<i>\n<p>Dentro.</p>\n</i>\n<p>5 min</p>\n</b>\n")
    }
}
