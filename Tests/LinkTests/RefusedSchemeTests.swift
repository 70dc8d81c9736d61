import Model
import Testing

@testable import Link

@Suite struct RefusedSchemeTests {
    @Test(arguments: [
        ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:x", "javascript"), ("  javascript:x", "javascript"),
        ("\u{1}javascript:x", "javascript"), ("java\tscript:x", "javascript"), ("java\nscript:x", "javascript"),
        ("data:image/png;base64,AA", "data"), ("VBScript:x", "vbscript"), ("file:///etc/passwd", "file"),
    ])
    func refusesSchemesThatRunCodeOrCarryFiles(_ destination: String, _ scheme: String) {
        #expect(LinkTargetRules.refusedScheme(of: destination) == scheme)
    }

    @Test(arguments: [
        "https://ejemplo.org", "mailto:a@b.mx", "ref:lt-3-1", "guia/a.md", "#ancla", "", "javascriptx",
        "datos.md", "x javascript:y", "java script:x",
    ])
    func letsOtherTargetsThrough(_ destination: String) {
        #expect(LinkTargetRules.refusedScheme(of: destination) == nil)
    }
}

@Suite struct RootedTargetTests {
    @Test(arguments: [
        ("//evil.example/x", LinkTargetRules.Rooted.network), ("\\\\evil.example", .network),
        ("/\\evil.example", .network), ("\\/evil.example", .network), (" //evil.example", .network),
        ("/\t/evil.example", .network), ("\u{1}//x", .network), ("/guia/a.html", .root), ("/", .root),
        ("\\guia", .root),
    ])
    func findsTargetsThatStartAtARootAsBrowsersReadThem(_ destination: String, _ rooted: LinkTargetRules.Rooted) {
        #expect(LinkTargetRules.rooted(destination) == rooted)
    }

    @Test(arguments: ["guia/a.md", "https://ejemplo.org/x", "ref:lt-3-1", "#ancla", "", "a//b", "./a"])
    func leavesOtherTargetsAlone(_ destination: String) {
        #expect(LinkTargetRules.rooted(destination) == nil)
    }
}
