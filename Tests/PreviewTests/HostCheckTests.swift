import Foundation
import Testing

@testable import Preview

/// The `Host` header against DNS rebinding: only names of the address served get an answer.
@Suite struct HostCheckTests {
    private static func head(host: String?, version: String = "1.1") -> String {
        "GET / HTTP/\(version)\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "Connection: close\r\n\r\n"
    }

    @Test func servesLoopbackNamesAndRefusesOthers() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let port = preview.port
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)", "localhost", "127.0.0.1"] {
                let reply = try await preview.send(Self.head(host: host))
                #expect(reply.status == 200, "\(host)")
                #expect(reply.body.contains("Hola mundo."), "\(host)")
            }
            let refused = [
                "atacante.example:\(port)", "atacante.example", "127.0.0.1:\(port + 1)", "localhost:80",
                "127.0.0.2:\(port)", "[::1]:\(port)", "127.0.0.1:\(port):\(port)", "localhost:", ":\(port)",
                "127.0.0.1.nip.io:\(port)", "localhost.atacante.example:\(port)",
            ]
            for host in refused {
                let reply = try await preview.send(Self.head(host: host))
                #expect(reply.status == 403, "\(host) → \(reply.status)")
                #expect(!reply.body.contains("Hola mundo."), "\(host)")
                #expect(reply.body.contains("solo responde a su propia dirección"), "\(host)")
            }
        }
    }

    @Test func needsAHostFromHTTP11ButNotFromHTTP10() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            #expect(try await preview.send(Self.head(host: nil)).status == 400)
            #expect(try await preview.send(Self.head(host: nil, version: "1.0")).status == 200)
            let twice = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: atacante.example\r\nConnection: close\r\n\r\n"
            #expect(try await preview.send(twice).status == 400)
            let foreign10 = try await preview.send(Self.head(host: "atacante.example", version: "1.0"))
            #expect(foreign10.status == 403)
        }
    }

    @Test func checksTheHostBeforeAnswering() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let status = "GET \(LiveReload.statusPath) HTTP/1.1\r\nHost: atacante.example\r\nConnection: close\r\n\r\n"
            let post = "POST / HTTP/1.1\r\nHost: atacante.example\r\nConnection: close\r\n\r\n"
            let replies = [try await preview.send(status), try await preview.send(post)]
            #expect(replies.map(\.status) == [403, 403])
        }
    }

    @Test func acceptsTheNamesOfEachKindOfAddress() {
        let loopback6 = HostPolicy.listening(on: "::1")
        #expect(loopback6.allows("[::1]:8000", port: 8000))
        #expect(loopback6.allows("[0:0:0:0:0:0:0:1]", port: 8000))
        #expect(loopback6.allows("localhost:8000", port: 8000))
        #expect(!loopback6.allows("127.0.0.1:8000", port: 8000))
        #expect(!loopback6.allows("[::1", port: 8000))
        #expect(!loopback6.allows("::1", port: 8000))
        #expect(!loopback6.allows("[127.0.0.1]:8000", port: 8000))

        let lan = HostPolicy.listening(on: "192.168.1.20")
        #expect(lan.allows("192.168.1.20:8000", port: 8000))
        #expect(!lan.allows("localhost:8000", port: 8000))
        #expect(!lan.allows("192.168.1.21:8000", port: 8000))

        let everywhere = HostPolicy.listening(on: "0.0.0.0")
        #expect(everywhere.allows("localhost:8000", port: 8000))
        #expect(everywhere.allows("127.0.0.1:8000", port: 8000))
        #expect(everywhere.allows("\(Self.machineName()):8000", port: 8000))
        #expect(!everywhere.allows("atacante.example:8000", port: 8000))
        #expect(!everywhere.allows("127.0.0.1:8001", port: 8000))
    }

    private static func machineName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
