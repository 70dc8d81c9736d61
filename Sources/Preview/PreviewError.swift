import FlyingSocks
import Foundation

/// Why the preview server could not start, worded for the terminal.
public enum PreviewError: Error, CustomStringConvertible {
    case invalidHost(String)
    case cannotListen(host: String, port: UInt16, reason: String)
    case workFolder(String)

    public var description: String {
        switch self {
        case .invalidHost(let host):
            "«\(host)» no es una dirección IP válida; usa, por ejemplo, --host 127.0.0.1"
        case .cannotListen(let host, let port, let reason):
            "no se pudo escuchar en \(host):\(port): \(reason)"
        case .workFolder(let reason):
            "no se pudo crear la carpeta temporal del sitio: \(reason)"
        }
    }

    /// The usual reasons in Spanish; the socket library words the rest in English.
    static func reason(_ error: any Error) -> String {
        guard case SocketError.failed(_, let number, let message) = error else { return error.localizedDescription }
        switch number {
        case EADDRINUSE: return "el puerto ya está en uso; prueba con otro --puerto (0 elige uno libre)"
        case EACCES: return "no hay permiso para usar ese puerto; prueba con uno mayor que 1023"
        case EADDRNOTAVAIL: return "esa dirección no es de esta máquina"
        default: return message
        }
    }
}
