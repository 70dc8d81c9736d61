import Foundation
import NIOCore

/// Why the preview server could not start, worded for the terminal.
public enum PreviewError: Error, CustomStringConvertible {
    case invalidHost(String)
    case cannotListen(host: String, port: UInt16, reason: String)
    case workFolder(String)

    public var description: String {
        switch self {
        case .invalidHost(let host):
            "«\(host)» no es una dirección IP válida; usa, por ejemplo, --direccion 127.0.0.1"
        case .cannotListen(let host, let port, let reason):
            "no se pudo escuchar en \(host):\(port): \(reason)"
        case .workFolder(let reason):
            "no se pudo crear la carpeta temporal del sitio: \(reason)"
        }
    }

    /// The usual reasons in Spanish; the system's own words for the rest.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        switch error.errnoCode {
        case EADDRINUSE: return "el puerto ya está en uso; prueba con otro --puerto (0 elige uno libre)"
        case EACCES: return "no hay permiso para usar ese puerto; prueba con uno mayor que 1023"
        case EADDRNOTAVAIL: return "esa dirección no es de esta máquina"
        case EAFNOSUPPORT: return "este sistema no admite ese tipo de dirección"
        default: return String(cString: strerror(error.errnoCode))
        }
    }
}
