import Testing

@testable import Link
@testable import Render

@Suite struct SearchIndexTests {
    let glossary = [
        GlossaryEntry(
            term: "Organización de la sociedad civil", page: 0, anchor: "osc",
            forms: ["Organización de la sociedad civil", "organizaciones de la sociedad civil"], exactForms: ["OSC"])
    ]

    func index() -> String {
        var index = SearchIndex(glossary: glossary)
        let first = index.entry(
            url: "anexos/sesion-2.html", title: "Sesión 2: mapeo de sistemas",
            body: """
                <p>Intro con <a href="x.html">organizaciones de la sociedad civil</a>, una red.</p>
                <h2 id="fase-1">
                Fase 1 &amp; más
                </h2>
                <p>Las <strong>alianzas</strong> y el mapeo.</p>
                """)
        let second = index.entry(url: "b.html", title: "Otra", body: "<p>Sin nada &lt;especial&gt;.</p>")
        index.add(entries: [first, second])
        return index.script
    }

    @Test func replacingAPageEqualsBuildingWithTheNewVersion() {
        let pages = [
            ("a.html", "Alianzas", "<p>Una red de alianzas.</p><h2 id=\"uno\">Uno</h2><p>Mapeo y actores.</p>"),
            ("b.html", "Sesión 2", "<p>Sesiones de mapeo.</p><h2 id=\"dos\">Dos</h2><p>OSC y redes.</p>"),
            ("c.html", "Actores", "<p>Los actores del sistema local y sus reglas.</p>"),
        ]
        let edited = (
            "b.html", "Sesión de mapeo", "<p>Otra red, más confianza.</p><h2 id=\"tres\">Tres</h2><p>Actores.</p>"
        )
        var built = SearchIndex(glossary: glossary)
        built.keepWrittenTables()
        let entries = pages.map { built.entry(url: $0.0, title: $0.1, body: $0.2) }
        built.add(entries: entries)
        // Written once before the change, so the kept tables must follow it.
        _ = built.script
        let newEntry = built.entry(url: edited.0, title: edited.1, body: edited.2)
        let replaced = built.replace(page: 1, old: entries[1], new: newEntry)
        #expect(replaced)

        var expected = SearchIndex(glossary: glossary)
        expected.add(entries: [pages[0], edited, pages[2]].map { expected.entry(url: $0.0, title: $0.1, body: $0.2) })
        #expect(built.script == expected.script)

        // A version with another number of sections is refused, and the index left as it was.
        let longer = built.entry(url: "b.html", title: "B", body: "<p>x</p><h2 id=\"a\">A</h2><h2 id=\"b\">B</h2>")
        let refused = !built.replace(page: 1, old: newEntry, new: longer)
        #expect(refused)
        #expect(built.script == expected.script)
    }

    @Test func indexesTitlesSectionsAndGlossaryGroups() {
        let script = index()
        #expect(script.hasPrefix("window.LIBRO_INDICE = {"))
        #expect(
            script.contains(#""paginas":[["anexos/sesion-2.html","Sesión 2: mapeo de sistemas"],["b.html","Otra"]]"#))
        #expect(script.contains(#"[0,"fase-1","Fase 1 & más","Las alianzas y el mapeo."]"#))
        // Title words count for the page; heading words weigh more than body words.
        #expect(script.contains(#""sesion":[0]"#))
        #expect(script.contains(#""fase":[1,5]"#))
        #expect(script.contains(#""alianz":[1,1]"#))
        // The group token stands for every form of the glossary term, acronyms too.
        #expect(script.contains(#""~0":[0,1]"#))
        #expect(script.contains(#""osc":"~0""#))
        #expect(script.contains(#""organizaciones de la sociedad civil":"~0""#))
        #expect(script.contains(#"\u003cespecial>"#))
    }

    @Test func sameInputGivesTheSameBytes() {
        #expect(index() == index())
    }

    /// The soft hyphens a worksheet table marks long words with are neither quoted nor split words.
    @Test func softHyphensAreNotPartOfTheText() {
        var index = SearchIndex(glossary: [])
        index.add(entries: [
            index.entry(
                url: "h.html", title: "Hoja", body: "<table><tr><td>Re\u{AD}sul\u{AD}ta\u{AD}do</td></tr></table>")
        ])
        let script = index.script
        #expect(script.contains(#""Resultado""#))
        #expect(!script.contains("\u{AD}"))
        #expect(!script.contains(#""sul":"#))
    }
}

extension SearchIndex {
    /// The terms the index reads in `text`, as it reads a title, a heading or a section.
    func terms(of text: String) -> [String] {
        counters.withCounter { counter in counter.terms(of: text).map { counter.terms[Int($0)] } }
    }

    /// The script, as the build writes it.
    var script: String { String(decoding: Array(scriptPieces().joined()), as: UTF8.self) }
}

@Suite struct JSONTests {
    @Test func writesNumberLists() {
        var output = Array("x".utf8)
        JSON.numbers([0, 7, -12, 2_147_483_647, -2_147_483_648, 10, 100], into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "x[0,7,-12,2147483647,-2147483648,10,100]")
        var empty: [UInt8] = []
        JSON.numbers([], into: &empty)
        #expect(String(decoding: empty, as: UTF8.self) == "[]")
    }
}
