import Foundation
import Testing

@testable import Preview

/// `libro serve` never hands out the site's offline reader: its saved copy would hide each
/// rebuild. `/sw.js` gets a worker that clears what a published copy saved and retires, and the
/// pages are marked so their script registers nothing.
@Suite struct OfflineReaderPreviewTests {
    @Test func theWorkerServedRetiresInsteadOfReadingOffline() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            // The site as built holds the real worker, with its list of files.
            let built = try String(
                contentsOf: preview.workFolder.appendingPathComponent("sitio/sw.js"), encoding: .utf8)
            #expect(built.contains("const ARCHIVOS = "))
            for target in ["/sw.js", "/sw.js?v=2", "/./sw.js", "/sw%2Ejs", "//sw.js"] {
                let reply = try await preview.fetch(target)
                #expect(reply.status == 200, "\(target)")
                #expect(reply.headers["content-type"] == "text/javascript; charset=utf-8", "\(target)")
                #expect(reply.body == RetiredWorker.script, "\(target)")
            }
            let served = try await preview.fetch("/sw.js").body
            #expect(served.contains("self.registration.unregister()"))
            #expect(served.contains("caches.delete(nombre)"))
            #expect(!served.contains("fetch"))
        }
    }

    @Test func servedPagesKeepTheOfflineControlOff() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let page = try await preview.fetch("/index.html").body
            #expect(page.contains(#"document.documentElement.setAttribute("data-vista-previa", "");"#))
            // The page's script stops where the preview marks the page.
            let script = try await preview.fetch("/recursos/sin-conexion.js").body
            #expect(script.contains(#"hasAttribute("data-vista-previa")) return;"#))
            #expect(page.contains(#"<div class="sin-conexion" hidden>"#))
        }
    }

    @Test func onlyTheRootWorkerIsReplaced() {
        #expect(RetiredWorker.isRequested("/sw.js"))
        #expect(!RetiredWorker.isRequested("/guia/sw.js"))
        #expect(!RetiredWorker.isRequested("/sw.json"))
    }
}
