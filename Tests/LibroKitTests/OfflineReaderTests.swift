import Foundation
import LibroKit
import Model
import Testing

/// The offline reader of a published site: the web app manifest, the icons, and `sw.js` with the
/// list of every built file and a version made from their bytes.
@Suite struct OfflineReaderTests {
    /// The `basico` fixture package, copied so it can be edited.
    private final class Package {
        let folder: TemporaryFolder
        let content: URL

        init() throws {
            folder = try TemporaryFolder()
            content = folder.url.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        }

        func build(_ name: String, theme: URL = Fixtures.theme) throws -> [String: Data] {
            let output = folder.url.appendingPathComponent(name)
            let options = BuildOptions(
                content: content.path, theme: theme.path, output: output.path, workingDirectory: folder.url)
            let report = Libro.build(options)
            #expect(report.succeeded, "\(report.diagnostics.sorted)")
            return try snapshot(of: output)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = content.appendingPathComponent(path)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
    }

    /// What `sw.js` says: its version and its files with their sizes.
    private struct Worker {
        let version: String
        let total: Int
        let files: [String: Int]

        init(_ data: Data?) throws {
            let text = String(decoding: try #require(data), as: UTF8.self)
            let version = try #require(text.firstMatch(of: /const VERSION = "([0-9a-f]{16})";/))
            self.version = String(version.1)
            let total = try #require(text.firstMatch(of: /const TOTAL = ([0-9]+);/))
            self.total = try #require(Int(total.1))
            let list = try #require(text.firstMatch(of: /const ARCHIVOS = (\[[^;]*\]);/))
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.1.utf8)) as? [[Any]])
            var files: [String: Int] = [:]
            for entry in entries {
                files[try #require(entry[0] as? String)] = try #require(entry[1] as? Int)
            }
            self.files = files
        }
    }

    @Test func theWorkerListsEveryOtherFileWithItsSize() throws {
        let site = try Package().build("sitio")
        let worker = try Worker(site["sw.js"])
        var expected = site.mapValues(\.count)
        expected["sw.js"] = nil
        #expect(worker.files == expected)
        #expect(worker.files["recursos/busqueda/indice.js"] != nil)
        #expect(worker.files["manifest.webmanifest"] != nil)
        #expect(worker.total == expected.values.reduce(0, +))
    }

    @Test func theVersionChangesExactlyWhenTheSiteDoes() throws {
        let package = try Package()
        let first = try package.build("uno")
        let again = try package.build("dos")
        #expect(first["sw.js"] == again["sw.js"])

        // One letter for another: the page keeps its size, and only its bytes tell it changed.
        let page = "guia/introduccion.md"
        let original = try String(contentsOf: package.content.appendingPathComponent(page), encoding: .utf8)
        try package.edit(page) { $0 + "\nUna línea.\n" }
        let longer = try package.build("tres")
        try package.edit(page) { _ in original + "\nUno línea.\n" }
        let edited = try package.build("cuatro")
        let before = try Worker(longer["sw.js"])
        let after = try Worker(edited["sw.js"])
        #expect(after.files == before.files)
        #expect(before.version != after.version)
        #expect(before.version != (try Worker(first["sw.js"])).version)

        try package.edit(page) { _ in original }
        #expect(try Worker(package.build("cinco")["sw.js"]).version == Worker(first["sw.js"]).version)
    }

    /// The digests come from the bytes as they are written, not from reading the site again:
    /// they must still be those of the files on disk, also over a previous site, where files that
    /// came out the same are left alone.
    @Test func theVersionIsMadeFromTheBytesOnDisk() throws {
        let package = try Package()
        // The third build writes over the first one's files, kept beside the site.
        for edit in ["", "", "\nUna línea más.\n"] {
            try package.edit("guia/introduccion.md") { $0 + edit }
            let site = try package.build("sitio")
            let files = site.filter { $0.key != "sw.js" }.map { path, data in
                var digest = ContentDigest()
                data.withUnsafeBytes { digest.add($0) }
                return BuiltFile(path: path, size: data.count, digest: digest.value)
            }
            #expect(try Worker(site["sw.js"]).version == BuiltFile.version(of: files))
        }
    }

    @Test func theManifestIsValidAndItsAddressesAreRelativeAndExist() throws {
        let site = try Package().build("sitio")
        let data = try #require(site["manifest.webmanifest"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["start_url"] as? String == "./")
        #expect(manifest["scope"] as? String == "./")
        #expect(manifest["display"] as? String == "standalone")
        #expect(manifest["lang"] as? String == "es")
        #expect((manifest["name"] as? String)?.isEmpty == false)
        let icons = try #require(manifest["icons"] as? [[String: String]])
        #expect(icons.compactMap { $0["sizes"] }.contains("192x192"))
        #expect(icons.compactMap { $0["sizes"] }.contains("512x512"))
        for icon in icons {
            let source = try #require(icon["src"])
            #expect(!source.hasPrefix("/") && !source.contains(":"))
            #expect(site[source] != nil, "\(source)")
        }
    }

    @Test func everyPageLinksTheManifestIconAndWorkerRelatively() throws {
        let site = try Package().build("sitio")
        let pages = site.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 3)
        for page in pages {
            let html = String(decoding: try #require(site[page]), as: UTF8.self)
            for (pattern, target) in [
                (#/data-manifiesto="([^"]*)"/#, "manifest.webmanifest"),
                (#/<link rel="icon" href="([^"]*)"/#, "recursos/icono.svg"),
                (#/data-trabajador="([^"]*)"/#, "sw.js"),
            ] {
                let href = String(try #require(html.firstMatch(of: pattern), "\(page)").1)
                #expect(!href.hasPrefix("/") && !href.contains(":"), "\(page): \(href)")
                let base = try #require(URL(string: "file:///sitio/" + page))
                #expect(URL(string: href, relativeTo: base)?.path == "/sitio/" + target, "\(page): \(href)")
            }
        }
    }

    @Test func aThemeWithoutAWorkerWritesNone() throws {
        let package = try Package()
        let theme = package.folder.url.appendingPathComponent("tema")
        try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("plantillas/sw.mustache"))
        let site = try package.build("sitio", theme: theme)
        #expect(site["sw.js"] == nil)
        #expect(site["manifest.webmanifest"] != nil)
    }
}
