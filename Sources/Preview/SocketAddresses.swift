import FlyingFox
import FlyingSocks
import Foundation

/// Listening addresses in and out. FlyingFox's `.loopback` is IPv6 only, so IPv4 hosts (the
/// default 127.0.0.1) get an explicit `sockaddr_in`.
enum SocketAddresses {
    /// An IPv4 or IPv6 address; `localhost` is taken as IPv4 loopback, other names are refused.
    static func make(host: String, port: UInt16) throws -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        do {
            return host.contains(":")
                ? try sockaddr_in6.inet6(ip6: host, port: port)
                : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw PreviewError.invalidHost(host)
        }
    }

    /// `http://127.0.0.1:8000/`, with the port the system actually gave.
    static func url(_ address: Socket.Address) -> URL? {
        switch address {
        case .ip4(let ip, let port): URL(string: "http://\(ip):\(port)/")
        case .ip6(let ip, let port): URL(string: "http://[\(ip)]:\(port)/")
        case .unix: nil
        }
    }
}
