import Foundation
import NIOCore

/// Listening addresses in and out.
enum SocketAddresses {
    /// An IPv4 or IPv6 address; `localhost` is taken as IPv4 loopback, other names are refused,
    /// since a name could resolve to an address the user did not mean to open.
    static func make(host: String, port: UInt16) throws -> SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        do {
            return try SocketAddress(ipAddress: host, port: Int(port))
        } catch {
            throw PreviewError.invalidHost(host)
        }
    }

    /// `http://127.0.0.1:8000/`, with the port the system actually gave.
    static func url(_ address: SocketAddress) -> URL? {
        guard let ip = address.ipAddress, let port = address.port else { return nil }
        switch address.protocol {
        case .inet6: return URL(string: "http://[\(ip)]:\(port)/")
        default: return URL(string: "http://\(ip):\(port)/")
        }
    }
}
