import Testing

@testable import Markdown

/// Author–year citations written outside links: what reads as one, and what does not.
@Suite struct CitationFinderTests {
    func citations(_ markdown: String) -> [String] {
        MarkdownDocument(parsing: markdown).unlinkedCitations().map(\.text)
    }

    @Test(arguments: [
        ("Lo dice un estudio (Covey, 1989).", "(Covey, 1989)"),
        (
            "Según (Child et al., 2005, en Russo y Cesarani, 2017), sí.",
            "(Child et al., 2005, en Russo y Cesarani, 2017)"
        ),
        ("Como propone Austin (2000), las alianzas…", "Austin (2000)"),
        ("Como dicen Misner et al. (2008), sí.", "Misner et al. (2008)"),
        ("Una cita (Huerta, Ablanado y Mercado,\n2017) partida en dos líneas.", "(Huerta, Ablanado y Mercado, 2017)"),
        ("En *cursiva* (OXFAM, 2018) también.", "(OXFAM, 2018)"),
        ("Con letra (Earl, 2001a).", "(Earl, 2001a)"),
        ("| a |\n| --- |\n| (CIVICUS, 2017) |\n", "(CIVICUS, 2017)"),
        // The entity is a text node of its own: the year's digits are counted across nodes.
        ("Con una entidad (Covey, 19&#56;9).", "(Covey, 1989)"),
    ])
    func findsCitationsOutsideLinks(_ markdown: String, _ citation: String) {
        #expect(citations(markdown) == [citation])
    }

    @Test(arguments: [
        "Ya enlazada [(Covey, 1989)](cita:covey-1989).", "Enlazada por partes ([Covey, 1989](cita:covey-1989)).",
        "Solo un año (2017) entre paréntesis.", "Una fecha (junio de 2017).", "Un número (12345).",
        "`(Covey, 1989)` en código.", "## Austin (2000)\n", "```\n(Covey, 1989)\n```\n", "Del año 2017, sin más.",
        "Un precio (1 500 pesos, 2019 unidades)", "[Austin (2000)](cita:austin-2000)",
        "Un año partido (Covey, 19\n89) en dos líneas.",
    ])
    func leavesOtherTextAlone(_ markdown: String) {
        #expect(citations(markdown) == [])
    }

    @Test func placesEachCitationOnItsLine() {
        let document = MarkdownDocument(parsing: "Primera línea.\nY luego (Covey, 1989) aquí.\n")
        #expect(document.unlinkedCitations().map(\.position) == [SourcePosition(line: 2, byteColumn: 9)])
    }
}
