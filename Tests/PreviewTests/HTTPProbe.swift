import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A reply as it came over the wire.
struct HTTPReply {
    let status: Int
    /// Header names lowercased.
    let headers: [String: String]
    let body: String
}

/// A raw HTTP/1.1 client: it sends the request target exactly as written, which URLSession would
/// normalize (`/../x`) or refuse (`/a\b`), so the server's own guards are what gets tested.
enum HTTPProbe {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func fetch(
        _ method: String = "GET", _ target: String, port: UInt16, wait seconds: Int = 5
    ) async throws -> HTTPReply {
        let request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        return try await raw(Array(request.utf8), port: port, wait: seconds)
    }

    /// Sends the bytes as they are and reads until the server closes (or `seconds` pass). A
    /// server that closes before taking all of them is no failure: the reply is what arrived.
    static func raw(_ request: [UInt8], port: UInt16, wait seconds: Int = 5) async throws -> HTTPReply {
        // Blocking socket calls get a thread of their own: on Linux the global dispatch queues
        // share threads with the cooperative pool, and would starve it.
        try await withCheckedThrowingContinuation { reply in
            Thread.detachNewThread {
                reply.resume(with: Result { try parse(exchange(request, port: port, wait: seconds)) })
            }
        }
    }

    private static func exchange(_ request: [UInt8], port: UInt16, wait seconds: Int) throws -> [UInt8] {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            let sendFlags = Int32(MSG_NOSIGNAL)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
            let sendFlags: Int32 = 0
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }

        var pending = request[...]
        while !pending.isEmpty {
            let sent = pending.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, sendFlags) }
            // The server refused the request and closed: what it answered is still to be read.
            guard sent > 0 else { break }
            pending = pending.dropFirst(sent)
        }

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            // The server closing without a word also counts as a refusal, so it ends the read.
            if count <= 0 { break }
            received += buffer[..<count]
        }
        return received
    }

    private static func parse(_ bytes: [UInt8]) -> HTTPReply {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return HTTPReply(status: 0, headers: [:], body: text) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
