import Foundation
import NIOCore
import NIOPosix

/// The names a request's `Host` header may give: those of the address the preview listens on.
/// A page elsewhere that gets its own name pointed at this machine (DNS rebinding) makes the
/// browser send that name, so it is refused, and the page cannot read the preview or the files
/// beside it through the browser.
struct HostPolicy: Sendable {
    /// Lowercased names and IP addresses in their canonical text (`::1`, `127.0.0.1`).
    private let accepted: Set<String>

    init(accepting hosts: some Sequence<String>) {
        accepted = Set(hosts.map { Self.canonical($0) ?? $0.lowercased() })
    }

    /// For a server listening on `address` (an IP address, as `--host` takes it): that address,
    /// `localhost` for loopback, and for `0.0.0.0` or `::` every name and address of the machine.
    static func listening(on address: String) -> HostPolicy {
        guard let listening = canonical(address) else { return HostPolicy(accepting: []) }
        if listening == "0.0.0.0" || listening == "::" {
            return HostPolicy(accepting: ["localhost", listening] + machineNames() + interfaceAddresses())
        }
        let loopback = listening == "::1" || listening.hasPrefix("127.")
        return HostPolicy(accepting: loopback ? ["localhost", listening] : [listening] + machineNames())
    }

    /// Whether a `Host` header value names this server: one accepted name or address, with the
    /// listening port if it gives one (`127.0.0.1:8000`, `[::1]:8000`, `localhost`).
    func allows(_ host: String, port: Int) -> Bool {
        guard let (name, given) = Self.split(host) else { return false }
        if let given, given != port { return false }
        guard name.hasPrefix("[") else { return accepted.contains(Self.canonical(name) ?? name.lowercased()) }
        // Only an IPv6 address goes in brackets.
        guard let address = Self.canonical(String(name.dropFirst().dropLast())), address.contains(":") else {
            return false
        }
        return accepted.contains(address)
    }

    /// Name and port of a `Host` value; nil when it is not of that form.
    private static func split(_ host: String) -> (name: String, port: Int?)? {
        var name = Substring(host)
        var port: Int?
        let nameEnd = host.hasPrefix("[") ? host.firstIndex(of: "]").map(host.index(after:)) : host.firstIndex(of: ":")
        if host.hasPrefix("[") && nameEnd == nil { return nil }
        if let nameEnd, nameEnd < host.endIndex {
            let digits = host[nameEnd...].dropFirst()
            guard host[nameEnd] == ":", (1...5).contains(digits.count), digits.allSatisfy({ ("0"..."9").contains($0) })
            else { return nil }
            name = host[..<nameEnd]
            port = Int(digits)
        }
        guard !name.isEmpty, !name.contains(":") || name.hasPrefix("[") else { return nil }
        return (String(name), port)
    }

    /// The address in the form the system writes it, or nil when the text is no IP address.
    private static func canonical(_ text: String) -> String? {
        guard !text.isEmpty, !text.contains("%") else { return nil }
        return (try? SocketAddress(ipAddress: text, port: 0))?.ipAddress
    }

    private static func machineNames() -> [String] {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return [] }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? [] : [name]
    }

    private static func interfaceAddresses() -> [String] {
        ((try? System.enumerateDevices()) ?? []).compactMap { $0.address?.ipAddress }
    }
}
