import Foundation
import Testing

@testable import Preview

/// Each limit of `RequestLimits` at its boundary: exactly at the limit is served, one more is
/// refused with its status.
@Suite struct RequestLimitTests {
    private static let limits = RequestLimits()

    /// A head with the given request target and extra header lines, closing the connection.
    private static func head(_ target: String = "/", port: UInt16, _ extra: [(String, String)] = []) -> String {
        let lines = [("Host", "127.0.0.1:\(port)"), ("Connection", "close")] + extra
        return "GET \(target) HTTP/1.1\r\n" + lines.map { "\($0): \($1)\r\n" }.joined() + "\r\n"
    }

    @Test func servesARequestLineAtTheLimitAndRefusesALongerOneWith414() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            // `GET ` and ` HTTP/1.1` around the target.
            let target = "/" + String(repeating: "a", count: Self.limits.requestLine - 14)
            #expect("GET \(target) HTTP/1.1".utf8.count == Self.limits.requestLine)
            let atLimit = try await preview.send(Self.head(target, port: preview.port))
            #expect(atLimit.status == 404)
            let over = try await preview.send(Self.head(target + "a", port: preview.port))
            #expect(over.status == 414)
            #expect(over.body.contains("demasiado larga"))
        }
    }

    @Test func answersAURLOfThousandsOfSegmentsWith414NotWith431() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let target = String(repeating: "/a", count: 16_000) + "/"
            let reply = try await preview.send(Self.head(target, port: preview.port))
            #expect(reply.status == 414)
            #expect(try await preview.fetch("/").status == 200)
        }
    }

    @Test func servesAHeaderValueAtTheLimitAndRefusesALongerOneWith431() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let value = String(repeating: "v", count: Self.limits.headerField)
            let atLimit = try await preview.send(Self.head(port: preview.port, [("X-Relleno", value)]))
            #expect(atLimit.status == 200)
            #expect(atLimit.body.contains("Hola mundo."))
            let over = try await preview.send(Self.head(port: preview.port, [("X-Relleno", value + "v")]))
            #expect(over.status == 431)
            #expect(over.body.contains("demasiado grandes"))
        }
    }

    @Test func servesHeadersThatAddUpToTheLimitAndRefusesMoreWith431() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            // NIO counts the URL and every name and value, without separators or line ends.
            let fixed = "/".utf8.count + "Host127.0.0.1:\(preview.port)".utf8.count + "Connectionclose".utf8.count
            let fillers = 3
            let room = Self.limits.headers - fixed - fillers * "X-N".utf8.count
            let lengths = (0..<fillers).map { room / fillers + ($0 < room % fillers ? 1 : 0) }
            func fill(_ extra: Int) -> [(String, String)] {
                lengths.enumerated().map { ("X-\($0)", String(repeating: "v", count: $1 + ($0 == 0 ? extra : 0))) }
            }
            let atLimit = try await preview.send(Self.head(port: preview.port, fill(0)))
            let over = try await preview.send(Self.head(port: preview.port, fill(1)))
            #expect(atLimit.status == 200)
            #expect(over.status == 431)
        }
    }

    @Test func servesAsManyHeadersAsTheLimitAndRefusesOneMoreWith431() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            // Host and Connection are two of them.
            let extra = (0..<(Self.limits.headerCount - 2)).map { ("X-\($0)", "v") }
            let atLimit = try await preview.send(Self.head(port: preview.port, extra))
            let over = try await preview.send(Self.head(port: preview.port, extra + [("X-Otra", "v")]))
            #expect(atLimit.status == 200)
            #expect(over.status == 431)
        }
    }

    @Test func answersAHeadThatStallsWith408AndKeepsServingOthers() async throws {
        var limits = RequestLimits()
        limits.headTime = .milliseconds(300)
        try await withPreview(body: "Hola mundo.", limits: limits) { preview in
            let half = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nX-Medio: "
            let port = preview.port
            async let stalled = HTTPProbe.raw(Array(half.utf8), port: port)
            let meanwhile = try await preview.fetch("/")
            #expect(meanwhile.status == 200)
            let reply = try await stalled
            #expect(reply.status == 408)
            #expect(reply.headers["connection"] == "close")
        }
    }

    @Test func closesAConnectionThatSendsNothing() async throws {
        var limits = RequestLimits()
        limits.idleTime = .milliseconds(200)
        try await withPreview(body: "Hola mundo.", limits: limits) { preview in
            // Nothing sent, nothing answered: the server closes and the read ends empty.
            let reply = try await preview.send("")
            #expect(reply.status == 0 && reply.body.isEmpty)
        }
    }

    @Test func answersPipelinedRequestsInOrder() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let host = "Host: 127.0.0.1:\(preview.port)\r\n"
            let reply = try await preview.send(
                "GET /no-existe.html HTTP/1.1\r\n\(host)\r\nHEAD / HTTP/1.1\r\n\(host)\r\n"
                    + "GET /recursos HTTP/1.1\r\n\(host)Connection: close\r\n\r\n")
            let statuses = reply.body.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
            #expect(reply.status == 404)
            #expect(statuses == ["200", "307"])
        }
    }

    @Test func closesTheConnectionAfterARequestWithABody() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let host = "Host: 127.0.0.1:\(preview.port)\r\n"
            // The body looks like a request; it must never be answered as one.
            let body = "GET / HTTP/1.1\r\n\(host)\r\n"
            let reply = try await preview.send(
                "POST / HTTP/1.1\r\n\(host)Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
            #expect(reply.status == 405)
            #expect(reply.headers["allow"] == "GET, HEAD")
            #expect(reply.headers["connection"] == "close")
            #expect(!reply.body.contains("HTTP/1.1"))
        }
    }

    @Test func closesTheConnectionAfterAnUpgradeRequest() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            // NIO's decoder reads nothing after a request that switches protocol.
            let host = "Host: 127.0.0.1:\(preview.port)\r\n"
            let reply = try await preview.send(
                "GET / HTTP/1.1\r\n\(host)Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
                    + "GET /recursos HTTP/1.1\r\n\(host)\r\n")
            #expect(reply.status == 200)
            #expect(reply.headers["connection"] == "close")
            #expect(!reply.body.contains("HTTP/1.1"))
        }
    }
}
