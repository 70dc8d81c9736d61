import Foundation
import TestSupport
import Testing

@testable import Preview

/// `libro servir` as a process against the clients that used to hold it: requests with a 1 MB
/// header line and URLs of 16 000 segments. No timing is asserted; the limits below only keep
/// a broken server from hanging the suite.
@Suite struct HostileClientTests {
    private enum Kind: Sendable {
        case longHeader
        case manySegments
    }

    private static func request(_ kind: Kind, port: UInt16) -> [UInt8] {
        let host = "Host: 127.0.0.1:\(port)\r\n"
        switch kind {
        case .longHeader:
            return Array("GET / HTTP/1.1\r\n\(host)X-Relleno: ".utf8)
                + Array(repeating: UInt8(ascii: "a"), count: 1 << 20)
                + Array("\r\n\r\n".utf8)
        case .manySegments:
            return Array("GET \(String(repeating: "/a", count: 16_000))/ HTTP/1.1\r\n\(host)\r\n".utf8)
        }
    }

    @Test func refusesHostileRequestsServesOthersAndStopsOnSIGTERM() async throws {
        let folder = try TemporaryFolder()
        try folder.write("content/index.md", PreviewFixture.page("Hola mundo."))
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let server = try ServeProcess.start(
            content: folder.url.appendingPathComponent("content"), temporary: folder.url.appendingPathComponent("tmp"))
        let port = server.port
        let kinds = Array(repeating: Kind.longHeader, count: 4) + Array(repeating: Kind.manySegments, count: 4)

        // Each hostile client gets its refusal, or at least a closed connection.
        async let refused = withThrowingTaskGroup(of: (Kind, Int).self) { group in
            for kind in kinds {
                group.addTask { (kind, try await HTTPProbe.raw(Self.request(kind, port: port), port: port).status) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let page = try await HTTPProbe.fetch("GET", "/", port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("Hola mundo."))
        for (kind, status) in try await refused {
            #expect((kind == .longHeader ? [431, 0] : [414, 0]).contains(status), "\(kind) → \(status)")
        }

        // SIGTERM while hostile clients keep at it and two others hold half-sent heads.
        let attackers = Task {
            await withTaskGroup(of: Void.self) { group in
                for kind in kinds {
                    group.addTask {
                        while (try? await HTTPProbe.raw(Self.request(kind, port: port), port: port)) != nil {}
                    }
                }
                for _ in 0..<2 {
                    group.addTask { _ = try? await HTTPProbe.raw(Array("GET / HTTP/1.1\r\nHost: ".utf8), port: port) }
                }
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        kill(server.process.processIdentifier, SIGTERM)
        let status = server.waitForExit(within: 60)
        #expect(status == 0)
        #expect(server.process.terminationReason == .exit)
        await attackers.value
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("tmp").path)
        #expect(left.filter { $0.hasPrefix("libro-serve-") } == [])
    }
}
