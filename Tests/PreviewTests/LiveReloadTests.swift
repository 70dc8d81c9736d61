import Foundation
import Testing

@testable import Preview

@Suite struct LiveReloadTests {
    @Test func injectsTheScriptBeforeTheLastClosingBody() {
        let page = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        let injected = LiveReload.inject(into: page, version: 7)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(injected.hasSuffix("</script>\n</BODY></html>"))
        #expect(injected.contains("const version = 7;"))
        #expect(LiveReload.inject(into: "<p>sin cuerpo</p>", version: 1).hasPrefix("<p>sin cuerpo</p><script>"))
    }

    @Test func showsErrorsOnlyAsText() {
        let script = LiveReload.script(version: 1)
        #expect(script.contains(LiveReload.statusPath))
        #expect(script.contains(LiveReload.panelHeading))
        #expect(script.contains("lista.textContent = texto;"))
        #expect(!script.contains("innerHTML"))
    }

    @Test func statusStartsWithoutASite() {
        let status = BuildStatus()
        #expect(String(decoding: status.json(), as: UTF8.self) == #"{"cambio":0,"errores":[],"version":0}"#)
    }
}
