import Testing

@testable import Link

@Suite struct SlugTests {
    @Test(arguments: [
        ("3.1 Entendiendo nuestro sistema", "3-1-entendiendo-nuestro-sistema"),
        ("¿Qué es una alianza estratégica?", "que-es-una-alianza-estrategica"),
        ("Niñas, niños y adolescentes", "ninas-ninos-y-adolescentes"),
        ("  Las 5R: roles, recursos…  ", "las-5r-roles-recursos"),
        ("ÁÉÍÓÚ Ü", "aeiou-u"),
        ("¡!", "seccion"),
        // Letters outside Spanish take the full Unicode folding.
        ("Façade Œuvre São Paulo", "facade-uvre-sao-paulo"),
        ("Ĉu ŝi — ñandú", "cu-si-nandu"),
        ("Alianzas 🤝 y más", "alianzas-y-mas"),
    ])
    func foldsAccentsAndPunctuation(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func repeatsGetSuffixes() {
        #expect(Slug.unique(["Notas", "Notas", "Notas 2", "Notas"]) == ["notas", "notas-2", "notas-2-2", "notas-3"])
    }

    /// Suffixes taken by headings written with them come out as when every suffix was tried
    /// from `-2` on for each repeat.
    @Test func repeatsSkipSuffixesTakenAsWrittenAnyway() {
        let texts = ["A 3", "A", "A", "A 2", "A", "A 5", "A", "A", "A 2", "A 2", "A"]
        var used: Set<String> = []
        let tryingEverySuffix = texts.map { text in
            let base = Slug.make(text)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
        #expect(Slug.unique(texts) == tryingEverySuffix)
        #expect(Slug.unique(Array(repeating: "Título", count: 20_000)).last == "titulo-20000")
    }
}

@Suite struct URLPathTests {
    @Test(arguments: [
        ("index.html", "guia/a.html", "guia/a.html"),
        ("guia/a.html", "guia/b.html", "b.html"),
        ("guia/a.html", "index.html", "../index.html"),
        ("guia/x/a.html", "libro/b.html", "../../libro/b.html"),
        ("guia/a.html", "guia/a.html", "a.html"),
        ("a.html", "fotos/mapa del sistema.png", "fotos/mapa%20del%20sistema.png"),
        ("guia/x/a.html", "guia/y/b.html", "../y/b.html"),
        ("gui/a.html", "guia/b.html", "../guia/b.html"),
        ("guia/a.html", "guia/sub/b.html", "sub/b.html"),
        ("guia/sub/a.html", "guia/b.html", "../b.html"),
        ("guia/a.html", "guia/fotos 2/año.png", "fotos%202/a%C3%B1o.png"),
    ])
    func relativeURLs(_ from: String, _ to: String, _ expected: String) {
        #expect(URLPath.relative(from: from, to: to) == expected)
    }

    @Test func rootPrefix() {
        #expect(URLPath.rootPrefix(from: "index.html") == "")
        #expect(URLPath.rootPrefix(from: "a/b/c.html") == "../../")
    }
}
