import Foundation
import LibroKit
import Testing

/// Front-matter strings reach the pages as text, never as markup.
@Suite struct EscapingTests {
    @Test func titlesAndSummariesAreEscapedInTextAndAttributes() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "content/index.md",
            """
            ---
            titulo: "<script>alert(1)</script> & más"
            resumen: 'Dice "hola" <b>fuerte</b>'
            ---
            [](ref:otra)
            """
        )
        try folder.write("content/otra.md", "---\ntitulo: \"<img src=x onerror=alert(1)>\"\nid: otra\n---\n")
        try folder.write("content/libro.yml", "titulo: \"Sitio <i>raro</i>\"\n")
        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(
            BuildOptions(
                content: folder.url.appendingPathComponent("content").path,
                theme: Fixtures.theme.path,
                output: output.path,
                workingDirectory: folder.url
            )
        )
        #expect(report.succeeded)
        let home = String(decoding: try Data(contentsOf: output.appendingPathComponent("index.html")), as: UTF8.self)
        #expect(!home.contains("<script>alert"))
        #expect(!home.contains("<img src=x"))
        #expect(!home.contains("<b>fuerte"))
        #expect(!home.contains("<i>raro"))
        #expect(home.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; más</h1>"))
        #expect(home.contains(#"<meta name="description" content="Dice &quot;hola&quot; &lt;b&gt;fuerte&lt;/b&gt;">"#))
        #expect(home.contains("&lt;img src=x onerror=alert(1)&gt;</a>"))
    }
}
