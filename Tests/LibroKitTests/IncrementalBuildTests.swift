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
        /// rebuild's report once both sites are the same. `changed` names the files edited since
        /// the last rebuild, as `libro servir`'s watcher does (nil: none named, all stamped).
        func rebuildMatchingFullBuild(
            changed: [URL]? = nil, sourceLocation: SourceLocation = #_sourceLocation
        ) throws -> BuildReport {
            let report = rebuilder.build(options(output: "vivo"), changed: changed.map { Set($0.map(\.path)) })
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
            #expect(
                report.diagnostics.sorted.map(\.description) == fullReport.diagnostics.sorted.map(\.description),
                sourceLocation: sourceLocation)
            return report
        }

        func failingRebuild(changed: [URL]? = nil) -> BuildReport {
            rebuilder.build(options(output: "vivo"), changed: changed.map { Set($0.map(\.path)) })
        }

        /// Changes the file and returns its URL.
        @discardableResult
        func edit(_ path: String, in root: URL? = nil, _ change: (String) -> String) throws -> URL {
            let url = (root ?? content).appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try Data(changed.utf8).write(to: url)
            return url
        }

        /// Whether some page made from the organizations' data shows `text`.
        func organizationPagesShow(_ text: String) throws -> Bool {
            let site = folder.url.appendingPathComponent("vivo/organizaciones")
            let files = FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? []
            return try files.filter { $0.hasSuffix(".html") }.contains {
                try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8).contains(text)
            }
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

    /// What `libro servir` does: the watcher names the files that changed, LOAD stamps only those,
    /// and DERIVE takes its pages again unless one of its inputs changed. After each edit the
    /// site equals a full build, and the pages made from data show what the edit changed.
    @Test func rebuildsFromTheFilesTheWatcherNamesAndEqualsAFullBuild() throws {
        let package = try Package()
        _ = try package.rebuildMatchingFullBuild()

        // A paragraph: that page and the books that gather it.
        let page = try package.edit("libro-de-trabajo/capitulo-2/principios.md") { $0 + "\nUn párrafo nuevo.\n" }
        #expect(try package.rebuildMatchingFullBuild(changed: [page]).renderedPages == 3)

        // What DERIVE reads: an organization's data, a worksheet's title, the template of the
        // filled sheets, a theme string that names their section.
        let edits: [(path: String, inTheme: Bool, from: String, to: String, shown: String)] = [
            (
                "organizaciones/voces-del-bravo/actores.csv", false, "Nos presta su auditorio", "Nos presta su salón",
                "Nos presta su salón"
            ),
            (
                "hojas/hoja-ecuacion-de-la-confianza.md", false, "titulo: Ecuación de la confianza",
                "titulo: Ecuación revisada de la confianza", "Ecuación revisada de la confianza"
            ),
            (
                "plantillas/paginas/organizacion/hoja.mustache", true, "Hoja llena con los datos de",
                "Hoja completada con los datos de", "Hoja completada con los datos de"
            ),
            (
                "textos.yml", true, "organizaciones: Organizaciones", "organizaciones: Las organizaciones",
                "Las organizaciones"
            ),
        ]
        for edit in edits {
            #expect(try !package.organizationPagesShow(edit.shown), "\(edit.path)")
            let file = try package.edit(edit.path, in: edit.inTheme ? package.theme : nil) {
                $0.replacingOccurrences(of: edit.from, with: edit.to)
            }
            _ = try package.rebuildMatchingFullBuild(changed: [file])
            #expect(try package.organizationPagesShow(edit.shown), "\(edit.path)")
        }

        // A page created, then deleted: the watcher names no files, and every file is looked at.
        try package.folder.write("content/guia/nueva.md", "---\ntitulo: Página nueva\n---\nTexto nuevo.\n")
        #expect(try package.rebuildMatchingFullBuild(changed: nil).renderedPages > 1)
        try FileManager.default.removeItem(at: package.content.appendingPathComponent("guia/nueva.md"))
        _ = try package.rebuildMatchingFullBuild(changed: nil)
        // Then an edit named again, on the listing the full look made.
        let again = try package.edit("libro-de-trabajo/capitulo-2/principios.md") { $0 + "\nOtro párrafo.\n" }
        #expect(try package.rebuildMatchingFullBuild(changed: [again]).renderedPages == 3)
    }

    /// A rebuild keeps the last load and replaces only the pages the watcher names, and keeps the
    /// theme while the watcher names only content files. Edits that cross those lines (two pages
    /// at once, a theme string, a template the package lays over the theme's, a page that stops
    /// loading and comes back, a page renamed) still give the site and the problems a full build
    /// gives.
    @Test func keepsTheLastLoadOnlyWhereNothingItCameFromChanged() throws {
        let package = try Package()
        _ = try package.rebuildMatchingFullBuild()
        let principles = "libro-de-trabajo/capitulo-2/principios.md"

        // Two pages at once.
        let first = try package.edit(principles) { $0 + "\nUn párrafo nuevo.\n" }
        let second = try package.edit("guia/objetivo-general.md") { $0 + "\nOtro párrafo nuevo.\n" }
        #expect(try package.rebuildMatchingFullBuild(changed: [first, second]).renderedPages > 2)

        // A theme string, then a page: the theme the first read is the one the second keeps.
        let strings = try package.edit("textos.yml", in: package.theme) {
            $0.replacingOccurrences(of: "inicio: Inicio", with: "inicio: Portada")
        }
        _ = try package.rebuildMatchingFullBuild(changed: [strings])
        let page = try package.edit(principles) { $0 + "\nUn párrafo más.\n" }
        #expect(try package.rebuildMatchingFullBuild(changed: [page]).renderedPages == 3)

        // A template the package lays over the theme's is read again.
        let template = try package.edit("plantillas/paginas/organizaciones.mustache") {
            $0 + "\n<p>Organizaciones del paquete.</p>\n"
        }
        _ = try package.rebuildMatchingFullBuild(changed: [template])

        // A page whose front matter breaks, named by the watcher: the error a full build reports,
        // nothing written; once fixed, the site catches up.
        let broken = try package.edit(principles) { $0.replacingOccurrences(of: "orden: 1\n", with: "orden: [1\n") }
        let failed = package.failingRebuild(changed: [broken])
        #expect(!failed.wroteSite && failed.diagnostics.errors.contains { $0.location.file.hasSuffix(principles) })
        let fixed = try package.edit(principles) { $0.replacingOccurrences(of: "orden: [1\n", with: "orden: 1\n") }
        _ = try package.rebuildMatchingFullBuild(changed: [fixed])

        // A page renamed: the watcher names nothing, then names an edit of the page by its new name.
        let renamed = package.content.appendingPathComponent("libro-de-trabajo/capitulo-2/principios-de-la-alianza.md")
        try FileManager.default.moveItem(at: package.content.appendingPathComponent(principles), to: renamed)
        _ = try package.rebuildMatchingFullBuild(changed: nil)
        let edited = try package.edit("libro-de-trabajo/capitulo-2/principios-de-la-alianza.md") {
            $0 + "\nUn párrafo tras el cambio de nombre.\n"
        }
        #expect(try package.rebuildMatchingFullBuild(changed: [edited]).renderedPages == 3)
    }
}
