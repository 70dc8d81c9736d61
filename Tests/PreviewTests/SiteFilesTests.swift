import Foundation
import TestSupport
import Testing

@testable import Preview

@Suite struct SiteFilesTests {
    /// A served folder `sitio/` beside a file that must never be reachable from it.
    private static func site() throws -> (TemporaryFolder, SiteFiles) {
        let folder = try TemporaryFolder()
        try folder.write("sitio/index.html", "<p>inicio</p>")
        try folder.write("sitio/guia/index.html", "<p>guía</p>")
        try folder.write("sitio/img/mapa de ruta.svg", "<svg/>")
        try folder.write("secreto.txt", "fuera")
        return (folder, SiteFiles(root: folder.url.appendingPathComponent("sitio")))
    }

    @Test func servesFilesAndFolderIndexes() throws {
        let (folder, files) = try Self.site()
        let root = files.root
        #expect(files.resolve("/") == .file(root.appendingPathComponent("index.html")))
        #expect(files.resolve("/guia/") == .file(root.appendingPathComponent("guia/index.html")))
        #expect(files.resolve("/./guia//index.html") == .file(root.appendingPathComponent("guia/index.html")))
        #expect(
            files.resolve("/img/mapa%20de%20ruta.svg") == .file(root.appendingPathComponent("img/mapa de ruta.svg")))
        #expect(files.resolve("/guia") == .redirect("/guia/"))
        #expect(files.resolve("/no-existe.html") == .missing)
        #expect(files.resolve("/img/") == .missing)
        _ = folder
    }

    @Test func refusesEveryWayOut() throws {
        let (folder, files) = try Self.site()
        let attempts = [
            "/../secreto.txt", "/%2e%2e/secreto.txt", "/%2E%2e/secreto.txt", "/guia/../../secreto.txt",
            "/%2e%2e%2fsecreto.txt", "/..%2fsecreto.txt", "/a\\b", "/%5c..%5csecreto.txt", "/%00",
            "/index.html%00.txt", "/%zz", "secreto.txt", "",
        ]
        for path in attempts {
            #expect(files.resolve(path) == .refused, "\(path)")
        }
        _ = folder
    }

    @Test func refusesSymbolicLinksThatPointOutside() throws {
        let (folder, files) = try Self.site()
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("sitio/enlace.txt"),
            withDestinationURL: folder.url.appendingPathComponent("secreto.txt")
        )
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("sitio/afuera"), withDestinationURL: folder.url)
        #expect(files.resolve("/enlace.txt") == .refused)
        #expect(files.resolve("/afuera/secreto.txt") == .refused)
        #expect(files.resolve("/afuera/no-existe.txt") == .refused)
        #expect(files.resolve("/afuera/") == .refused)
    }

    @Test func followsALinkBackIntoTheSiteThousandsOfTimes() throws {
        let (folder, files) = try Self.site()
        // Each segment resolves to the folder itself, so the real path stays short however
        // long the request path grows.
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("sitio/a").path, withDestinationPath: ".")
        let deep = String(repeating: "/a", count: 4000)
        #expect(files.resolve(deep + "/guia/index.html") == .file(files.root.appendingPathComponent("guia/index.html")))
        #expect(files.resolve(deep + "/no-existe.html") == .missing)
        #expect(files.resolve(deep + "/index.html/a") == .missing)
    }

    @Test func namesContentTypesByExtension() {
        func type(_ name: String) -> String { ContentType.of(URL(fileURLWithPath: "/sitio/\(name)")) }
        #expect(type("a.html") == "text/html; charset=utf-8")
        #expect(type("a.css") == "text/css; charset=utf-8")
        #expect(type("a.js") == "text/javascript; charset=utf-8")
        #expect(type("a.svg") == "image/svg+xml")
        #expect(type("a.PNG") == "image/png")
        #expect(type("a.jpg") == "image/jpeg")
        #expect(type("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(type("sitio.zip") == "application/zip")
        #expect(type("sin-extension") == "application/octet-stream")
    }
}
