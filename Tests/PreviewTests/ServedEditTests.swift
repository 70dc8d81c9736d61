import Foundation
import LibroKit
import TestSupport
import Testing

@testable import Preview

/// What the preview serves after an edit equals a build from nothing of the edited package, byte
/// for byte, and the status request that waits for the next build hears of it.
@Suite struct ServedEditTests {
    /// A generated package: a glossary of one term and readings that mention it and use a word
    /// that is no form of it yet.
    private static func writePackage(in folder: TemporaryFolder) throws {
        try folder.write("content/index.md", "---\ntitulo: Inicio\n---\n\nLa portada.\n")
        try folder.write("content/lecturas/_index.md", "---\ntitulo: Lecturas\n---\n\nLas lecturas.\n")
        try folder.write(
            "content/glosario.md",
            "---\ntitulo: Glosario\nid: glosario\n---\n\n## Alianza\n\n```termino\nvariantes: [alianzas]\n```\n\n"
                + "Un acuerdo entre organizaciones.\n")
        for number in 1...12 {
            try folder.write(
                "content/lecturas/lectura-\(number).md",
                "---\ntitulo: Lectura \(number)\n---\n\nLa colaboración entre vecinos hace nacer una alianza.\n\n"
                    + "## Tema\n\nLa alianza sostiene el barrio número \(number).\n")
        }
    }

    @Test func servesWhatAFullBuildWritesAfterAParagraphAndAGlossaryEdit() async throws {
        let folder = try TemporaryFolder()
        try Self.writePackage(in: folder)
        var limits = RequestLimits()
        limits.statusWait = .seconds(3)
        let options = PreviewFixture.options(in: folder.url)
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, limits: limits)
        let address = try await server.start()
        let port = try #require(address.port.flatMap { UInt16(exactly: $0) })
        let site = try #require(await server.siteFolder)
        do {
            let first = try await Self.status(port: port, after: -1)
            #expect(first.version == 1 && first.errores == [])
            var change = first.cambio

            // A sentence added to a paragraph, saved in place.
            let page = folder.url.appendingPathComponent("content/lecturas/lectura-5.md")
            let text = try String(contentsOf: page, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "una alianza.", with: "una alianza. Una frase nueva.").utf8).write(
                to: page)
            change = try await Self.nextBuild(port: port, after: change)
            try Self.expectFullBuild(of: folder, equals: site)
            #expect(try Self.text(site, "lecturas/lectura-5.html").contains("Una frase nueva."))

            // A variant that the readings use: every reading's mentions change. Saved by
            // renaming a file over the glossary, as many editors do.
            let glossary = folder.url.appendingPathComponent("content/glosario.md")
            let entry = try String(contentsOf: glossary, encoding: .utf8)
            try Data(entry.replacingOccurrences(of: "[alianzas]", with: "[alianzas, colaboración]").utf8)
                .write(to: glossary, options: .atomic)
            change = try await Self.nextBuild(port: port, after: change)
            try Self.expectFullBuild(of: folder, equals: site)
            #expect(try Self.text(site, "lecturas/lectura-7.html").contains(">colaboración</a>"))

            // A definition changed.
            try Data(
                try String(contentsOf: glossary, encoding: .utf8)
                    .replacingOccurrences(of: "Un acuerdo", with: "Un acuerdo escrito").utf8
            ).write(to: glossary)
            change = try await Self.nextBuild(port: port, after: change)
            try Self.expectFullBuild(of: folder, equals: site)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The shipped package and theme, copied: the watcher names the files each save changed, and
    /// what the preview serves after edits to the organizations' data, a worksheet, a template of
    /// pages made from data and a page, and after a page is created and deleted, equals a full
    /// build. A rebuild that took DERIVE's pages again, or a page, when it should not, fails here.
    @Test func servesWhatAFullBuildWritesAfterDataTemplateAndPageEdits() async throws {
        let folder = try TemporaryFolder()
        let repository = PreviewFixture.theme.deletingLastPathComponent()
        for name in ["content", "theme"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        let options = BuildOptions(content: "content", theme: "theme", workingDirectory: folder.url)
        var limits = RequestLimits()
        limits.statusWait = .seconds(5)
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, limits: limits)
        let address = try await server.start()
        let port = try #require(address.port.flatMap { UInt16(exactly: $0) })
        let site = try #require(await server.siteFolder)
        do {
            var change = try await Self.status(port: port, after: -1).cambio
            let edits: [(path: String, from: String, to: String, atomic: Bool)] = [
                ("content/libro-de-trabajo/capitulo-2/principios.md", "\n---\n", "\n---\n\nUn párrafo nuevo.\n", false),
                (
                    "content/organizaciones/voces-del-bravo/actores.csv", "Nos presta su auditorio",
                    "Nos presta su salón", true
                ),
                (
                    "content/hojas/hoja-ecuacion-de-la-confianza.md", "titulo: Ecuación de la confianza",
                    "titulo: Ecuación revisada", false
                ),
                ("theme/plantillas/paginas/organizacion/hoja.mustache", "Hoja llena con", "Hoja completada con", true),
            ]
            for edit in edits {
                let file = folder.url.appendingPathComponent(edit.path)
                let text = try String(contentsOf: file, encoding: .utf8)
                let changed = text.replacingOccurrences(of: edit.from, with: edit.to)
                #expect(changed != text, "\(edit.path)")
                try Data(changed.utf8).write(to: file, options: edit.atomic ? .atomic : [])
                change = try await Self.nextBuild(port: port, after: change)
                try Self.expectFullBuild(of: folder, equals: site, options: options)
            }
            try folder.write("content/guia/nueva.md", "---\ntitulo: Página nueva\n---\n\nTexto nuevo.\n")
            change = try await Self.nextBuild(port: port, after: change)
            try Self.expectFullBuild(of: folder, equals: site, options: options)
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/guia/nueva.md"))
            change = try await Self.nextBuild(port: port, after: change)
            try Self.expectFullBuild(of: folder, equals: site, options: options)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func answersAStatusRequestThatWaitsAtTheNextBuildOrAfterItsTime() async throws {
        var limits = RequestLimits()
        limits.statusWait = .milliseconds(300)
        try await withPreview(body: "Hola mundo.", limits: limits) { preview in
            let now = try await Self.status(port: preview.port, after: -1)
            #expect(now.version == 1)
            // Nothing built meanwhile: the same status, once its time is up.
            #expect(try await Self.status(port: preview.port, after: now.cambio) == now)
            // A status already past the change named: at once.
            #expect(try await Self.status(port: preview.port, after: now.cambio - 1) == now)
        }
        limits.statusWait = .seconds(4)
        try await withPreview(body: "Hola mundo.", limits: limits) { preview in
            let port = preview.port
            let now = try await Self.status(port: port, after: -1)
            // Asked before the edit, answered with the build it causes.
            async let waited = Self.status(port: port, after: now.cambio)
            try await Task.sleep(for: .milliseconds(100))
            try preview.edit(body: "Texto cambiado.")
            let next = try await waited
            #expect(next.cambio > now.cambio && next.version == now.version + 1)
        }
    }

    private struct Status: Decodable, Equatable {
        let cambio: Int
        let version: Int
        let errores: [String]
    }

    private static func status(port: UInt16, after change: Int) async throws -> Status {
        // Well past the server's own wait: a loaded machine may answer late, never with nothing.
        let reply = try await HTTPProbe.fetch("GET", "\(LiveReload.statusPath)?cambio=\(change)", port: port, wait: 60)
        return try JSONDecoder().decode(Status.self, from: Data(reply.body.utf8))
    }

    /// Waits, through the status request, for a build after `change`; returns its change.
    private static func nextBuild(port: UInt16, after change: Int) async throws -> Int {
        // Up to two minutes: a build of the shipped package on a loaded machine can take that.
        for _ in 0..<24 {
            let status = try await status(port: port, after: change)
            if status.cambio != change {
                #expect(status.errores == [])
                return status.cambio
            }
        }
        Issue.record("no build after change \(change)")
        return change
    }

    private static func expectFullBuild(
        of folder: TemporaryFolder, equals served: URL, options: BuildOptions? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let full = folder.url.appendingPathComponent("completo")
        try? FileManager.default.removeItem(at: full)
        var options = options ?? PreviewFixture.options(in: folder.url)
        options.outputFolder = full
        #expect(Libro.build(options).succeeded, sourceLocation: sourceLocation)
        let expected = try files(in: full)
        let servedFiles = try files(in: served)
        #expect(Set(servedFiles.keys) == Set(expected.keys), sourceLocation: sourceLocation)
        let different = expected.keys.filter { servedFiles[$0] != expected[$0] }.sorted()
        #expect(different == [], sourceLocation: sourceLocation)
    }

    private static func files(in folder: URL) throws -> [String: Data] {
        let root = folder.standardizedFileURL.path
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root) ?? .init() {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)) }
        }
        return files
    }

    private static func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }
}
