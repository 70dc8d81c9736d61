import Foundation
import LibroKit
import Testing

/// A rebuild that remembers the previous one renders only what changed, and its site equals a
/// full build of the same input, byte for byte, after every kind of edit.
@Suite struct IncrementalBuildTests {
    /// The shipped package and theme copied, so they can be edited.
    private final class Package {
        let folder: TemporaryFolder
        let content: URL
        let theme: URL
        private var rebuilder = Rebuilder()

        init() throws {
            folder = try TemporaryFolder()
            content = folder.url.appendingPathComponent("content")
            theme = folder.url.appendingPathComponent("theme")
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
        }

        func options(output: String) -> BuildOptions {
            BuildOptions(content: content.path, theme: theme.path, output: output, workingDirectory: folder.url)
        }

        /// Rebuilds into `vivo` with the memory, builds `completo` from nothing, and returns the
        /// rebuild's report once both sites are the same.
        func rebuildMatchingFullBuild(sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
            let report = rebuilder.build(options(output: "vivo"))
            #expect(report.succeeded, "\(report.diagnostics.sorted)", sourceLocation: sourceLocation)
            let full = folder.url.appendingPathComponent("completo")
            try? FileManager.default.removeItem(at: full)
            let fullReport = Libro.build(options(output: full.path))
            #expect(fullReport.succeeded, sourceLocation: sourceLocation)
            let rebuilt = try snapshot(of: folder.url.appendingPathComponent("vivo"))
            let expected = try snapshot(of: full)
            #expect(Set(rebuilt.keys) == Set(expected.keys), sourceLocation: sourceLocation)
            // The offline reader's list and version follow the rebuilt files, as a full build's do.
            #expect(rebuilt["sw.js"] != nil && rebuilt["sw.js"] == expected["sw.js"], sourceLocation: sourceLocation)
            let different = expected.keys.filter { rebuilt[$0] != expected[$0] }.sorted()
            #expect(different == [], sourceLocation: sourceLocation)
            #expect(
                report.pages == fullReport.pages && report.files == fullReport.files, sourceLocation: sourceLocation)
            return report
        }

        func failingRebuild() -> BuildReport {
            rebuilder.build(options(output: "vivo"))
        }

        func edit(_ path: String, in root: URL? = nil, _ change: (String) -> String) throws {
            let url = (root ?? content).appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(change(text).utf8).write(to: url)
        }
    }

    @Test func rebuildsOnlyWhatChangedAndEqualsAFullBuild() throws {
        let package = try Package()
        let first = try package.rebuildMatchingFullBuild()
        #expect(first.renderedPages == first.pages)

        // Nothing changed: nothing is rendered.
        #expect(try package.rebuildMatchingFullBuild().renderedPages == 0)

        // A paragraph added to one page: that page, plus the two books that gather it; no page
        // is linked again.
        let page = "libro-de-trabajo/capitulo-2/principios.md"
        try package.edit(page) { $0 + "\nUn párrafo nuevo sobre la confianza entre aliados.\n" }
        let paragraph = try package.rebuildMatchingFullBuild()
        #expect(paragraph.renderedPages == 3)
        #expect(!paragraph.linkedAgain)

        // A new link: the target's backlinks change too.
        try package.edit(page) { $0 + "\nVer también [](ref:guia-objetivo-general).\n" }
        let linked = try package.rebuildMatchingFullBuild()
        #expect(linked.renderedPages == 4)
        #expect(linked.linkedAgain)

        // A title every page's navigation shows: every page.
        try package.edit("guia/objetivo-general.md") {
            $0.replacingOccurrences(of: "titulo: Objetivo general del paquete", with: "titulo: El objetivo general")
        }
        let retitled = try package.rebuildMatchingFullBuild()
        #expect(retitled.renderedPages == retitled.pages)

        // Whether a page's number shows where others name it, and the reading order: what the
        // navigation and «anterior / siguiente» of other pages show.
        try package.edit("anexos/sesion-4.md") {
            $0.replacingOccurrences(of: "numero_en_enlaces: false", with: "numero_en_enlaces: true")
        }
        let renumbered = try package.rebuildMatchingFullBuild()
        #expect(renumbered.renderedPages == renumbered.pages)
        try package.edit("libro.yml") { $0.replacingOccurrences(of: "sesion-4, sesion-5", with: "sesion-5, sesion-4") }
        _ = try package.rebuildMatchingFullBuild()

        // A page added, then removed again.
        try package.folder.write("content/guia/nueva.md", "---\ntitulo: Página nueva\n---\nTexto de [](ref:lt-3-1).\n")
        #expect(try package.rebuildMatchingFullBuild().renderedPages > 1)
        try FileManager.default.removeItem(at: package.content.appendingPathComponent("guia/nueva.md"))
        _ = try package.rebuildMatchingFullBuild()

        // A file to copy, a theme string, the style sheet and an organization's data.
        try package.folder.write("content/img/nueva.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        #expect(try package.rebuildMatchingFullBuild().renderedPages == 0)
        try package.edit("textos.yml", in: package.theme) {
            $0.replacingOccurrences(of: "inicio: Inicio", with: "inicio: Portada")
        }
        _ = try package.rebuildMatchingFullBuild()
        try package.edit("recursos/estilo.css", in: package.theme) { $0 + "\n/* nuevo */\n" }
        #expect(try package.rebuildMatchingFullBuild().renderedPages == 0)
        try package.edit("organizaciones/voces-del-bravo/actores.csv") {
            $0.replacingOccurrences(of: "Nos presta su auditorio", with: "Nos presta su salón")
        }
        _ = try package.rebuildMatchingFullBuild()

        // A broken edit writes nothing; once fixed, the site catches up.
        try package.edit(page) { $0 + "\n[roto](ref:no-existe)\n" }
        let broken = package.failingRebuild()
        #expect(!broken.succeeded && !broken.wroteSite)
        try package.edit(page) { $0.replacingOccurrences(of: "\n[roto](ref:no-existe)\n", with: "\n") }
        _ = try package.rebuildMatchingFullBuild()
    }
}
