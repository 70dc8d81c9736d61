import Testing

@testable import Theme

/// The template language as theme authors write it: Mustache, with layouts and blocks.
@Suite struct TemplateRenderingTests {
    private func render(
        _ text: String, _ context: [String: Any] = [:], partials: [String: String] = [:],
        escaping: TemplateEscaping = .html
    ) throws -> String {
        var templates: [String: Template] = [:]
        for (name, partial) in partials {
            templates[name] = try TemplateParser.parse(partial, name: name, escaping: .html)
        }
        let template = try TemplateParser.parse(text, name: "prueba", escaping: escaping)
        let bytes = TemplateRenderer.render(template, context: context, templates: templates)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func variablesAreEscapedForHTMLUnlessTripled() throws {
        let context: [String: Any] = ["t": "<a href=\"x\">Niñas & 'jóvenes'</a>"]
        #expect(try render("{{t}}", context) == "&lt;a href=&quot;x&quot;&gt;Niñas &amp; &#39;jóvenes&#39;&lt;/a&gt;")
        #expect(
            try render("{{{t}}}|{{& t}}", context)
                == "<a href=\"x\">Niñas & 'jóvenes'</a>|<a href=\"x\">Niñas & 'jóvenes'</a>")
    }

    @Test func valuesOtherThanTextAreWrittenPlainly() throws {
        #expect(try render("{{n}} {{b}} {{d}} [{{falta}}]", ["n": 3, "b": true, "d": 2.5]) == "3 true 2.5 []")
    }

    /// Texts are read from their box without a cast; one inside an optional still reads as a text.
    @Test func textsAreWrittenAsTheyAre() throws {
        let long = "Niñas y jóvenes de la red & sus aliados"
        let maybe: String? = "quizá"
        #expect(
            try render("{{a}}|{{{a}}}|{{m}}", ["a": long, "m": maybe as Any])
                == "Niñas y jóvenes de la red &amp; sus aliados|\(long)|quizá")
    }

    @Test func markdownEscapingKeepsValuesFromOpeningSyntax() throws {
        let text = try render("| {{v}} |", ["v": "*a* | [b](c)\n# d"], escaping: .markdown)
        #expect(text == "| \\*a\\* \\| \\[b\\]\\(c\\) \\# d |")
    }

    /// Read as scalars when each is a character alone, as characters otherwise: both ways agree.
    @Test func markdownEscapingReadsEveryKindOfText() throws {
        for text in Self.mixedTexts {
            #expect(
                Array(TemplateEscaping.markdown(text).utf8) == Array(TemplateEscaping.markdownByCharacters(text).utf8))
        }
        let plain = try render(
            "{{v}}", ["v": "  Niñas\u{A0}\u{A0}y «jóvenes» — 50 % “sí”\r\n~`$ "], escaping: .markdown)
        #expect(plain == "Niñas y «jóvenes» — 50 \\% “sí” \\~\\`\\$")
        // A combining accent makes `!` and it one character, which is not ASCII: no backslash.
        let combined = try render("{{v}}", ["v": "a!\u{301} 😀 b\u{3000}!"], escaping: .markdown)
        #expect(combined == "a!\u{301} 😀 b \\!")
    }

    static let mixedTexts = [
        "", " ", "Niñas y jóvenes: 50 % (sí)", "  a\tb\r\nc\u{A0}\u{85}d  ", "¿Qué? ¡Ya! — «cita» “otra” ‘una’…",
        "*a* | [b](c) # d {e} ~f~ `g` $h$ +i+ <j> =k= ^l^ @m \\n _o_ 'p' \"q\"", "\u{1}\u{7F}x\u{0}",
        "a!\u{301} b\u{3000}c", "İstanbul ÀÉÎÕÜ ß ² ½", "x\u{200D}y 😀 日本", "\u{2028}z\u{2029}\u{202F}w",
    ]

    @Test func sectionsRepeatListsAndFollowFlags() throws {
        let context: [String: Any] = [
            "lista": [["n": "a"], ["n": "b"]], "textos": ["x", "y"], "si": true, "no": false, "vacia": [Any](),
        ]
        #expect(try render("{{#lista}}<{{n}}>{{/lista}}", context) == "<a><b>")
        #expect(try render("{{#textos}}{{.}},{{/textos}}", context) == "x,y,")
        #expect(try render("{{#si}}1{{/si}}{{#no}}2{{/no}}{{^no}}3{{/no}}{{^si}}4{{/si}}", context) == "13")
        #expect(try render("{{#vacia}}x{{/vacia}}{{^vacia}}nada{{/vacia}}{{^falta}}!{{/falta}}", context) == "nada!")
    }

    /// The Mustache spec leaves truthiness to the host language and Swift has none, so the rule
    /// is the Mustache manual's: only `false`, a missing name and an empty list skip a section.
    /// Data values left out arrive as `""` or `0`, so themes test them with a `tiene_…` flag.
    @Test func emptyTextsAndZeroStillShowASection() throws {
        let context: [String: Any] = ["texto": "", "cero": 0]
        #expect(try render("{{#texto}}[{{.}}]{{/texto}}{{^texto}}no{{/texto}}", context) == "[]")
        #expect(try render("{{#cero}}[{{.}}]{{/cero}}{{^cero}}no{{/cero}}", context) == "[0]")
    }

    @Test func namesAreLookedUpOutwardsAndDotsGoInside() throws {
        let context: [String: Any] = [
            "sitio": ["titulo": "Alianzas"], "titulo": "fuera",
            "paginas": [["titulo": "dentro"], ["otro": 1]],
        ]
        #expect(try render("{{sitio.titulo}}", context) == "Alianzas")
        #expect(try render("{{#paginas}}{{titulo}};{{/paginas}}", context) == "dentro;fuera;")
        #expect(try render("{{#sitio}}{{titulo}}{{/sitio}}", context) == "Alianzas")
        // A dotted name found at its first step does not look further out for the rest.
        #expect(try render("{{#paginas}}[{{sitio.nada}}]{{/paginas}}", context) == "[][]")
    }

    @Test func textsDictionariesAreReadLikeAnyOther() throws {
        let strings: [String: String] = ["inicio": "Inicio"]
        #expect(try render("{{textos.inicio}}", ["textos": strings]) == "Inicio")
    }

    @Test func tagsAloneOnTheirLineTakeTheLineWithThem() throws {
        let text = "<ul>\n  {{#lista}}\n  <li>{{.}}</li>\n  {{/lista}}\n  {{! nota }}\n</ul>\n"
        #expect(try render(text, ["lista": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("a {{#si}}\nb{{/si}} c", ["si": true]) == "a \nb c")
    }

    @Test func partialsSeeTheSameValuesAndIndentTheirLines() throws {
        let partials = ["parciales/item": "<li>{{n}}</li>\n<li>fin</li>\n"]
        let text = "<ul>\n  {{> parciales/item}}\n</ul>"
        #expect(try render(text, ["n": "x"], partials: partials) == "<ul>\n  <li>x</li>\n  <li>fin</li>\n</ul>")
    }

    @Test func partialsMayCallThemselvesForTrees() throws {
        let partials = ["arbol": "{{n}}{{#hijos}}({{> arbol}}){{/hijos}}"]
        let leaf: [[String: Any]] = []
        let tree: [String: Any] = [
            "n": "a", "hijos": [["n": "b", "hijos": [["n": "c", "hijos": leaf]]], ["n": "d", "hijos": leaf]],
        ]
        #expect(try render("{{> arbol}}", tree, partials: partials) == "a(b(c))(d)")
    }

    @Test func layoutsTakeThePagesBlocksAndKeepTheirDefaults() throws {
        let partials = [
            "base": "<title>{{$titulo}}Sitio{{/titulo}}</title>\n<main>{{$contenido}}{{/contenido}}</main>\n"
        ]
        let page = "{{< base}}\n{{$contenido}}Hola {{nombre}}{{/contenido}}\n{{/base}}\n"
        #expect(
            try render(page, ["nombre": "Ana"], partials: partials) == "<title>Sitio</title>\n<main>Hola Ana</main>\n")
    }

    @Test func blocksAreIndentedOnceWhereTheLayoutPutsThem() throws {
        let base = ["base": "<ul>\n  {{$lista}}\n  <li>nada</li>\n  {{/lista}}\n</ul>\n"]
        #expect(try render("{{< base}}{{/base}}", partials: base) == "<ul>\n  <li>nada</li>\n</ul>\n")
        let page = "{{< base}}\n{{$lista}}\n    <li>a</li>\n    <li>b</li>\n{{/lista}}\n{{/base}}\n"
        #expect(try render(page, partials: base) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func aPartialThatNeverEndsIsCutOffInsteadOfCrashing() throws {
        let looping = try render("{{> eco}}", [:], partials: ["eco": "e{{> eco}}"])
        #expect(looping == String(repeating: "e", count: TemplateRenderer.maximumDepth))
    }

    @Test func delimitersCanChange() throws {
        #expect(try render("{{=<% %>=}}<% a %> {{a}} <%={{ }}=%>{{a}}", ["a": "x"]) == "x {{a}} x")
    }
}
