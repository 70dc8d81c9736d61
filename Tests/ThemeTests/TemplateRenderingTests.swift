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

    @Test func markdownEscapingKeepsValuesFromOpeningSyntax() throws {
        let text = try render("| {{v}} |", ["v": "*a* | [b](c)\n# d"], escaping: .markdown)
        #expect(text == "| \\*a\\* \\| \\[b\\]\\(c\\) \\# d |")
    }

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
