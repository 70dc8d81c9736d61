import Testing

@testable import Link

@Suite struct RefusedSchemeTests {
    @Test(arguments: [
        ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:x", "javascript"), ("  javascript:x", "javascript"),
        ("\u{1}javascript:x", "javascript"), ("java\tscript:x", "javascript"), ("java\nscript:x", "javascript"),
        ("data:image/png;base64,AA", "data"), ("VBScript:x", "vbscript"), ("file:///etc/passwd", "file"),
    ])
    func refusesSchemesThatRunCodeOrCarryFiles(_ destination: String, _ scheme: String) {
        #expect(LinkResolver.refusedScheme(of: destination) == scheme)
    }

    @Test(arguments: [
        "https://ejemplo.org", "mailto:a@b.mx", "ref:lt-3-1", "guia/a.md", "#ancla", "", "javascriptx",
        "datos.md", "x javascript:y", "java script:x",
    ])
    func letsOtherTargetsThrough(_ destination: String) {
        #expect(LinkResolver.refusedScheme(of: destination) == nil)
    }
}
