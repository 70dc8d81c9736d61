import Testing

@testable import Markdown

@Suite struct CodeBlockTests {
    let source = """
        ## Bienvenida

        ```actividad
        duracion: 10 min
        ```

        Texto.

        ```swift extra
        let x = 1
        ```

            indentado, sin cerca

        ## Receso
        ```receso
        ```
        """

    @Test func listsFencedBlocksWithTheirInfoAndHeading() {
        let document = MarkdownDocument(parsing: source)
        #expect(
            document.codeBlocks == [
                MarkdownCodeBlock(
                    info: "actividad", literal: "duracion: 10 min\n", position: SourcePosition(line: 3, byteColumn: 1),
                    headingAbove: 0),
                MarkdownCodeBlock(
                    info: "swift", literal: "let x = 1\n", position: SourcePosition(line: 9, byteColumn: 1),
                    headingAbove: nil),
                MarkdownCodeBlock(
                    info: "receso", literal: "", position: SourcePosition(line: 16, byteColumn: 1), headingAbove: 1),
            ]
        )
    }

    @Test func replacesABlockWithMarkupEvenInSafeMode() {
        let document = MarkdownDocument(parsing: source)
        document.replaceCodeBlock(0, withHTML: #"<p class="ficha">10 min</p>"#)
        let html = document.renderHTML()
        #expect(html.contains(#"<p class="ficha">10 min</p>"#))
        #expect(!html.contains("duracion:"))
        #expect(html.contains("let x = 1"))
    }
}

@Suite struct MentionTests {
    let glossary = [
        MentionTarget(forms: ["alianza estratégica", "alianzas estratégicas"], destination: "glosario.html#alianza"),
        MentionTarget(forms: ["red"], exactForms: ["OSC"], destination: "glosario.html#osc"),
    ]

    @Test func linksOnlyTheFirstMentionOfEachTerm() {
        let document = MarkdownDocument(
            parsing: """
                Las Alianzas Estratégicas ayudan a las OSC. Otra alianza estratégica más.

                Las osc y la OSC en una red.
                """)
        #expect(document.linkFirstMentions(of: glossary, className: "termino") == [0, 1])
        let html = document.renderHTML()
        #expect(
            html.contains(
                #"<p>Las <a class="termino" href="glosario.html#alianza">Alianzas Estratégicas</a> ayudan a las <a class="termino" href="glosario.html#osc">OSC</a>. Otra alianza estratégica más.</p>"#
            ))
        #expect(html.contains("<p>Las osc y la OSC en una red.</p>"))
    }

    @Test func leavesHeadingsLinksCodeAndPartsOfWordsAlone() {
        let document = MarkdownDocument(
            parsing: """
                ## Alianza estratégica

                [una alianza estratégica](otra.html), `OSC`, redes y OSCs.

                Aquí sí: la red.
                """)
        #expect(document.linkFirstMentions(of: glossary, className: "termino") == [1])
        let html = document.renderHTML()
        #expect(html.contains("<h2>Alianza estratégica</h2>"))
        #expect(html.contains(#"<a href="otra.html">una alianza estratégica</a>, <code>OSC</code>, redes y OSCs."#))
        #expect(html.contains(#"Aquí sí: la <a class="termino" href="glosario.html#osc">red</a>."#))
    }

    @Test func aLongerTermAlreadyLinkedKeepsItsWordsFromAShorterOne() {
        let targets = [
            MentionTarget(forms: ["incidencia"], destination: "g.html#incidencia"),
            MentionTarget(forms: ["incidencia política"], destination: "g.html#politica"),
        ]
        let document = MarkdownDocument(
            parsing: "La incidencia política importa.\n\nOtra incidencia política, y una incidencia a secas.\n")
        #expect(document.linkFirstMentions(of: targets, className: "t") == [0, 1])
        let html = document.renderHTML()
        #expect(html.contains(#"<p>La <a class="t" href="g.html#politica">incidencia política</a> importa.</p>"#))
        #expect(
            html.contains(
                #"<p>Otra incidencia política, y una <a class="t" href="g.html#incidencia">incidencia</a> a secas.</p>"#
            ))
    }

    @Test func keepsTheWordsOfAMentionInATableCell() {
        let document = MarkdownDocument(parsing: "| a |\n| --- |\n| Nivel en alianzas estratégicas |\n")
        document.linkFirstMentions(of: glossary, className: "termino")
        #expect(
            document.renderHTML().contains(
                #"<td>Nivel en <a href="glosario.html#alianza">alianzas estratégicas</a></td>"#))
    }

    @Test func findsMentionsWrittenInCapitalsAndOtherAlphabets() {
        let document = MarkdownDocument(parsing: "¡El ÉXITO compartido!\n\n«ÑANDÚ» y ΩMEGA, sin espacio: «ñandú».")
        let targets = [
            MentionTarget(forms: ["éxito"], destination: "g.html#e"),
            MentionTarget(forms: ["ñandú"], destination: "g.html#n"),
            MentionTarget(forms: ["ωmega"], destination: "g.html#o"),
        ]
        #expect(document.linkFirstMentions(of: targets, className: "t") == [0, 1, 2])
        let html = document.renderHTML()
        #expect(html.contains(#"<a class="t" href="g.html#e">ÉXITO</a>"#))
        #expect(html.contains(#"«<a class="t" href="g.html#n">ÑANDÚ</a>»"#))
        #expect(html.contains(#"<a class="t" href="g.html#o">ΩMEGA</a>"#))
    }

    @Test func theFirstWordScanLowersLatinLettersAndDefersOnOthers() {
        func hashes(_ text: String) -> [UInt64?] {
            var found: [UInt64?] = []
            var bytes = Array(text.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { buffer in
                FirstWordScan.anyWord(in: UnsafeBufferPointer(buffer)) { hash in
                    found.append(hash)
                    return false
                }
            }
            return found
        }
        #expect(hashes("¿ÉXITO—Año×2?") == ["éxito", "año", "2"].map { FirstWordScan.hash($0.utf8) })
        #expect(hashes("«Ωmega» red") == [nil, FirstWordScan.hash("red".utf8)])
    }

    @Test func prefersTheLongestFormAtTheSamePlace() {
        let document = MarkdownDocument(parsing: "Dos alianzas estratégicas.")
        let targets = [
            MentionTarget(forms: ["alianzas", "alianzas estratégicas"], destination: "g.html#a")
        ]
        document.linkFirstMentions(of: targets, className: "t")
        #expect(document.renderHTML() == "<p>Dos <a class=\"t\" href=\"g.html#a\">alianzas estratégicas</a>.</p>\n")
    }
}
