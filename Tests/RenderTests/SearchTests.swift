import Model
import Testing

@testable import Link
@testable import Render

@Suite struct SearchIndexTests {
    let glossary = [
        GlossaryEntry(
            term: "Organización de la sociedad civil", page: 0, anchor: "osc",
            forms: ["Organización de la sociedad civil", "organizaciones de la sociedad civil"], exactForms: ["OSC"])
    ]

    func index() -> SearchIndex {
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
        return index
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
        built.keepWrittenPieces()
        let entries = pages.map { built.entry(url: $0.0, title: $0.1, body: $0.2) }
        built.add(entries: entries)
        // Written once before the change, so the kept pieces must follow it.
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

    /// A build from nothing keeps the sections' text in a temporary file; the pieces, chunks
    /// of text most of all, must be the ones an index held in memory writes, also a few at a time.
    @Test func spilledTextWritesTheSameFiles() {
        let filler = String(repeating: "texto largo ", count: 32)
        let pages = (0..<60).map { number in
            (
                "p\(number).html", "Página \(number)",
                "<p>Una voz \(number). \(filler)</p><h2 id=\"h\">Hoja</h2><p>Red.</p>"
            )
        }
        var held = SearchIndex(glossary: glossary)
        var spilled = SearchIndex(glossary: glossary)
        spilled.spillText()
        for batch in stride(from: 0, to: pages.count, by: 7) {
            let slice = pages[batch..<min(batch + 7, pages.count)]
            held.add(entries: slice.map { held.entry(url: $0.0, title: $0.1, body: $0.2) })
            spilled.add(entries: slice.map { spilled.entry(url: $0.0, title: $0.1, body: $0.2) })
        }
        #expect(spilled.chunkCount > 3)
        #expect(spilled.script == held.script)
        var inGroups: [OutputFile] = []
        spilled.forEachGroup(of: 2) { inGroups += $0 }
        #expect(inGroups == held.files())
    }

    /// An edit that keeps the size of the text keeps the number of sections per chunk: only the
    /// edited page's chunk and its terms' shards are made again, and they must be the new ones.
    @Test func replacingAPageRemakesItsKeptChunkAndShards() {
        // Sections of some 400 bytes: about ten to a chunk.
        let filler = String(repeating: "texto largo ", count: 32)
        let body = { (word: String) in
            "<p>Una \(word) local. \(filler)</p><h2 id=\"h\">Hoja</h2><p>Otro \(word). \(filler)</p>"
        }
        let pages = (0..<40).map { ("p\($0).html", "Página \($0)", body($0 == 7 ? "red" : "voz")) }
        var built = SearchIndex(glossary: [])
        built.keepWrittenPieces()
        let entries = pages.map { built.entry(url: $0.0, title: $0.1, body: $0.2) }
        built.add(entries: entries)
        let before = built.sectionsPerChunk
        #expect(before < 20)
        _ = built.script
        let edited = built.entry(url: "p7.html", title: "Página 7", body: body("mar"))
        let replaced = built.replace(page: 7, old: entries[7], new: edited)
        #expect(replaced)
        #expect(built.sectionsPerChunk == before)

        var expected = SearchIndex(glossary: [])
        var changed = entries
        changed[7] = edited
        expected.add(entries: changed)
        #expect(built.script == expected.script)
        #expect(built.pieces["t-ma"]?.contains(#""mar":[1,[7,2,14,1,1,1]]"#) == true)
        #expect(built.pieces["t-re"] == nil)
    }

    @Test func indexesTitlesSectionsAndGlossaryGroups() {
        let pieces = index().pieces
        let text = pieces["c/0"] ?? ""
        let pages = #""paginas":[[0,"anexos/sesion-2.html","Sesión 2: mapeo de sistemas"],[1,"b.html","Otra"]]"#
        #expect(text.contains(pages))
        #expect(text.contains(#"[0,"fase-1","Fase 1 & más","Las alianzas y el mapeo."]"#))
        #expect(text.contains(#"\u003cespecial>"#))
        // Title words count in every section of the page, already added: `[page, n, section,
        // weight × n]` after the number of pages, each page and section the difference from the
        // one before. Heading words weigh more than body words.
        #expect(pieces["t-se"]?.contains(#""sesion":[1,[0,2,0,10,1,10]]"#) == true)
        #expect(pieces["t-fa"]?.contains(#""fase":[1,[0,1,1,5]]"#) == true)
        #expect(pieces["t-al"]?.contains(#""alianz":[1,[0,1,1,1]]"#) == true)
        // The group token stands for every form of the glossary term, acronyms too.
        #expect(pieces["t-_7e_0"]?.contains(#""~0":[1,[0,1,0,1]]"#) == true)
        #expect(pieces["indice"]?.contains(#""osc":"~0""#) == true)
        #expect(pieces["indice"]?.contains(#""organizaciones de la sociedad civil":"~0""#) == true)
        // The typo search's second way in: terms by their last two letters.
        #expect(pieces["s-nz"]?.contains(#""alianz""#) == true)
        #expect(pieces["indice"]?.contains(#""comienzos":["#) == true)
    }

    /// A term on more pages than the results page lists keeps its best pages in its shard, best
    /// first, and its whole list in a file of its own, loaded only when a query needs it.
    @Test func aTermOnManyPagesKeepsItsBestPagesAndListsTheRestApart() {
        var index = SearchIndex(glossary: [])
        let count = SearchIndex.listedPages + 10
        index.add(
            entries: (0..<count).map { page in
                let heading = page == 30 ? "<h2 id=\"r\">Red</h2>" : ""
                return index.entry(url: "p\(page).html", title: "P", body: "<p>Una red.</p>\(heading)<p>Otra red.</p>")
            })
        let pieces = index.pieces
        let shard = pieces["t-re"] ?? ""
        // Page 30's heading puts its second section first; the others follow in reading order,
        // each page and section written as the step from the one before: back from page 30,
        // section 31 to page 0, section 0, then on by one.
        #expect(shard.contains(#""red":[\#(count),[30,1,31,6,-30,1,-31,2,1,1,1,2,"#))
        #expect(shard.contains(#",1,1,1,2],"l/red"]"#))
        let whole = pieces["l/red"] ?? ""
        #expect(whole.contains(#"[0,1,0,2,1,1,1,2,"#))
        // Page 30 after page 29 (section 29): its sections 30 and 31.
        #expect(whole.contains(#",1,1,1,2,1,2,1,1,1,6,1,1,1,2,"#))
        #expect(whole.hasSuffix(",1,1,1,2]"))
        // Every page once, each step one page on: the whole list's numbers stay small.
        #expect(whole.components(separatedBy: ",").count == 4 * count + 2)
    }

    /// The glossary's definitions are found when the index is written: on the page with most
    /// headings that name a term, the first section that names each.
    @Test func definitionsAreTheSectionsOfThePageThatDefinesMostTerms() {
        let red = GlossaryEntry(term: "Red", page: 0, anchor: "red", forms: ["Red"], exactForms: [])
        var index = SearchIndex(glossary: glossary + [red])
        index.add(entries: [
            index.entry(url: "a.html", title: "A", body: "<p>x</p><h2 id=\"red\">Red</h2><p>y</p>"),
            index.entry(
                url: "g.html", title: "Glosario",
                body: "<h2 id=\"osc\">OSC</h2><p>z</p><h2 id=\"red\">Red</h2><p>w</p><h2 id=\"r2\">Red</h2>"),
        ])
        #expect(index.pieces["indice"]?.contains(#""definiciones":{"~0":2,"~1":3}"#) == true)
    }

    /// Chunks average 4 KB; a large site's grow so that there are about 4 096, up to 8 KB.
    @Test func chunksGrowOnALargeSiteUpToTwiceTheirSize() {
        #expect(SearchIndex.sectionsPerChunk(sections: 1_000, bytes: 1_000_000) == 4)
        #expect(SearchIndex.sectionsPerChunk(sections: 24_000, bytes: 24_000_000) == 5)
        #expect(SearchIndex.sectionsPerChunk(sections: 100_000, bytes: 100_000_000) == 8)
        #expect(SearchIndex.sectionsPerChunk(sections: 10, bytes: 1_000_000) == 1)
    }

    @Test func fileNamesAreTheSameOnEveryFileSystem() {
        #expect(SearchFileName.prefixKey(of: "alianz") == "al")
        #expect(SearchFileName.suffixKey(of: "alianz") == "nz")
        #expect(SearchFileName.prefixKey(of: "4") == "4")
        #expect(SearchFileName.prefixKey(of: "~12") == "_7e_1")
        #expect(SearchFileName.prefixKey(of: "οδοσ") == "_3bf__3b4_")
        #expect(SearchFileName.list(of: "red") == "l/red")
        #expect(SearchFileName.list(of: String(repeating: "a", count: 120)).hasPrefix("l/_"))
    }

    /// Long sections are quoted from their start, cut between words.
    @Test func snippetsQuoteTheStartOfLongSections() {
        let long = String(repeating: "palabra ", count: 400)
        let quoted = SearchIndex.quoted(long)
        #expect(quoted.utf8.count <= SearchIndex.quotedBytes)
        #expect(quoted.hasSuffix("palabra"))
        #expect(SearchIndex.quoted("corto") == "corto")
    }

    /// The cut never falls inside a character: a two-byte letter at the limit, an accent written
    /// as a combining mark, a line break written as carriage return and line feed.
    @Test func snippetsAreCutBetweenCharacters() {
        let limit = SearchIndex.quotedBytes
        let letters = String(repeating: "a", count: limit - 6) + " ñandú ñandú"
        #expect(SearchIndex.quoted(letters) == String(repeating: "a", count: limit - 6))
        let accent = String(repeating: "a", count: limit - 3) + " e\u{301}\u{301}x z"
        #expect(SearchIndex.quoted(accent) == String(repeating: "a", count: limit - 3))
        let crlf = String(repeating: "a", count: limit - 2) + " \r\nb"
        #expect(SearchIndex.quoted(crlf) == String(repeating: "a", count: limit - 2))
        let unbroken = String(repeating: "é", count: limit)
        #expect(SearchIndex.quoted(unbroken) == String(repeating: "é", count: limit / 2))
        for text in [letters, accent, crlf, unbroken, String(repeating: "«sí» — ", count: 300) + "日本"] {
            #expect(Array(SearchIndex.quoted(text).utf8) == Array(SearchIndex.quotedByCharacters(text).utf8))
        }
    }

    @Test func sameInputGivesTheSameBytes() {
        #expect(index().script == index().script)
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

    /// White space becomes one space between words, whether a single space that stays in its run
    /// of text or a run of spaces, line ends, entities, soft hyphens and word joiners around it.
    @Test func whiteSpaceBecomesOneSpaceBetweenWords() {
        let text = PageText(html: "<p> a b  c\n d &amp; e \u{AD} f \u{2060}g h&nbsp;i\tj k</p> <p>l m </p>")
        #expect(text.sections.map(\.text) == ["a b c d & e f g h i j k l m"])
    }
}

extension SearchIndex {
    /// The terms the index reads in `text`, as it reads a title, a heading or a section.
    func terms(of text: String) -> [String] {
        counters.withCounter { counter in counter.terms(of: text).map { counter.terms[Int($0)] } }
    }

    /// Every piece, as the build writes it.
    var script: String {
        files().map { file in
            guard case .bytes(let bytes) = file.contents else { return file.path }
            return file.path + "\n" + String(decoding: bytes, as: UTF8.self)
        }.joined(separator: "\n")
    }

    /// Each piece's data by its name (`t-al`, `c/0`).
    var pieces: [String: String] {
        var pieces: [String: String] = [:]
        for file in files() {
            guard case .bytes(let bytes) = file.contents else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let name = String(file.path.dropFirst("recursos/busqueda/".count).dropLast(".js".count))
            let prefix = #"window.LIBRO_BUSQUEDA.recibir("\#(name)","#
            pieces[name] = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count).dropLast(3)) : text
        }
        return pieces
    }
}

@Suite struct JSONTests {
    @Test func writesNumbers() {
        var output = Array("x".utf8)
        for value in [0, 7, -12, 2_147_483_647, -2_147_483_648, 10, 100] {
            output.append(UInt8(ascii: ","))
            JSON.number(value, into: &output)
        }
        #expect(String(decoding: output, as: UTF8.self) == "x,0,7,-12,2147483647,-2147483648,10,100")
    }
}
