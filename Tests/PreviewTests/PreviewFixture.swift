import Foundation
import LibroKit
import TestSupport
import Testing

@testable import Preview

/// A one-page content package in a temporary folder, built with the repository's theme and
/// served in-process on 127.0.0.1 at a port the system picks.
final class PreviewFixture {
    static let theme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("theme")

    struct Status: Decodable, Equatable {
        let version: Int
        let errores: [String]
    }

    let folder: TemporaryFolder
    let server: PreviewServer
    let port: UInt16
    /// The preview's private folder, which holds the served site.
    let workFolder: URL

    private init(folder: TemporaryFolder, server: PreviewServer, port: UInt16, workFolder: URL) {
        self.folder = folder
        self.server = server
        self.port = port
        self.workFolder = workFolder
    }

    static func start(body: String, limits: RequestLimits = RequestLimits()) async throws -> PreviewFixture {
        let folder = try TemporaryFolder()
        try folder.write("content/index.md", page(body))
        let options = options(in: folder.url)
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, limits: limits)
        let address = try await server.start()
        let site = try #require(await server.siteFolder)
        let port = try #require(address.port.flatMap { UInt16(exactly: $0) })
        return PreviewFixture(folder: folder, server: server, port: port, workFolder: site.deletingLastPathComponent())
    }

    /// `content/` below `folder`, named `content` in messages, with the repository's theme.
    static func options(in folder: URL) -> BuildOptions {
        BuildOptions(content: "content", theme: theme.path, workingDirectory: folder)
    }

    static func page(_ body: String) -> String {
        "---\ntitulo: Inicio\n---\n\n\(body)\n"
    }

    func edit(body: String) throws {
        try folder.write("content/index.md", Self.page(body))
    }

    func fetch(_ target: String, method: String = "GET") async throws -> HTTPReply {
        try await HTTPProbe.fetch(method, target, port: port)
    }

    /// Sends a request head as written, adding nothing.
    func send(_ head: String) async throws -> HTTPReply {
        try await HTTPProbe.raw(Array(head.utf8), port: port)
    }

    func status() async throws -> Status {
        // A loaded machine may answer late: wait well past the server's own wait for a build.
        let reply = try await HTTPProbe.fetch("GET", LiveReload.statusPath, port: port, wait: 60)
        return try JSONDecoder().decode(Status.self, from: Data(reply.body.utf8))
    }

    func stop() async {
        await server.stop()
    }
}

/// Runs a test against a fresh preview and stops it whether the test passes or throws.
func withPreview(
    body: String, limits: RequestLimits = RequestLimits(), _ test: (PreviewFixture) async throws -> Void
) async throws {
    let preview = try await PreviewFixture.start(body: body, limits: limits)
    do {
        try await test(preview)
    } catch {
        await preview.stop()
        throw error
    }
    await preview.stop()
}

/// Polls until `condition` holds or `limit` passes; returns whether it held.
func eventually(within limit: Duration = .seconds(2), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(25))
    }
    return try await condition()
}
