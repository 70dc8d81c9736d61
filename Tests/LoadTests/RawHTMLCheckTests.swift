import Diagnostics
import Markdown
import Testing

@testable import Load

/// With `html_crudo: true`, raw HTML follows the rules for links, read as a browser reads it.
@Suite struct RawHTMLCheckTests {
    func problems(_ html: String) -> [String] {
        let raw = MarkdownRawHTML(position: SourcePosition(line: 3, byteColumn: 5), literal: html)
        return RawHTMLCheck.problems(in: raw).map { problem in
            let diagnostic = problem.diagnostic(
                SourceLocation(file: "c.md", line: problem.position.line, column: problem.position.byteColumn))
            return "\(diagnostic.location) [\(diagnostic.code)]"
        }
    }

    @Test(arguments: [
        #"<a href="javascript:alert(1)">x</a>"#, #"<a HREF='JavaScript:alert(1)'>x</a>"#,
        #"<a href=javascript:alert(1)>x</a>"#, #"<a href=" javascript:x">x</a>"#,
        #"<a href="jav&#x61;script:x">x</a>"#, #"<a href="jav&#97;script:x">x</a>"#,
        #"<a href="jav&#0000097script:x">x</a>"#, #"<a href="javascript&colon;x">x</a>"#,
        #"<a href="java&Tab;script:x">x</a>"#, #"<a href="&#x6A;&#x61;vascript:x">x</a>"#,
        #"<a/href="javascript:x">x</a>"#, #"<img src="data:image/svg+xml,<svg onload=x>">"#,
        #"<form action="javascript:x"><button>x</button></form>"#, #"<button formaction="vbscript:x">"#,
        #"<object data="javascript:x"></object>"#, #"<embed src="file:///etc/passwd">"#,
        #"<svg><a xlink:href="javascript:x"><text>x</text></a></svg>"#,
        #"<img srcset="a.png 1x, javascript:x 2x">"#,
        #"<svg><set attributeName="href" to="javascript:x"/></svg>"#,
    ])
    func refusesDangerousTargetsInEveryEncoding(_ html: String) {
        #expect(problems(html).count == 1, "\(html)")
        #expect(problems(html).first?.hasSuffix("[enlace-peligroso]") == true, "\(html)")
    }

    @Test(arguments: [
        (#"<a href="//evil.example/x">x</a>"#, "enlace-sin-esquema"),
        (#"<a href="\\evil.example">x</a>"#, "enlace-sin-esquema"),
        (#"<a href="&sol;&sol;evil.example">x</a>"#, "enlace-sin-esquema"),
        (#"<img src="/img/a.png">"#, "ruta-absoluta"),
        (##"<a href="#x" onclick="robar()">x</a>"##, "html-con-codigo"),
        (#"<img src=a.png ONERROR=robar()>"#, "html-con-codigo"),
        (#"<svg onload="x"></svg>"#, "html-con-codigo"),
        (#"<base href="https://evil.example/">"#, "html-con-codigo"),
        (#"<meta http-equiv="refresh" content="0;url=https://evil.example">"#, "html-con-codigo"),
        (#"<div id="libro_contenido">x</div>"#, "id-reservado"),
    ])
    func refusesWhatLeavesTheSiteOrRunsCode(_ html: String, _ code: String) {
        #expect(problems(html).map { $0.hasSuffix("[\(code)]") } == [true], "\(html): \(problems(html))")
    }

    @Test(arguments: [
        #"<a href="https://ejemplo.org/x?a=1&amp;b=2">x</a>"#, ##"<a href="guia/a.html#x">x</a>"##,
        #"<img src="img/a.png" alt="javascript: un lenguaje">"#, #"<p>javascript:x y //no es enlace</p>"#,
        #"<!-- <a href="javascript:x"> -->"#, "</a>", #"<details><summary>Ver</summary>Texto</details>"#,
        #"<a href="mailto:a@b.mx">x</a>"#, #"<div id="mi-ancla" data-x="//y">x</div>"#,
    ])
    func letsOrdinaryHTMLThrough(_ html: String) {
        #expect(problems(html) == [], "\(html)")
    }

    @Test func pointsAtTheLineAndColumnOfTheAttribute() {
        #expect(
            problems("<div>\n  <a class=\"x\" href=\"javascript:x\">y</a>\n</div>") == ["c.md:4:16 [enlace-peligroso]"])
        #expect(problems(#"<a href="javascript:x">"#) == ["c.md:3:8 [enlace-peligroso]"])
    }
}
