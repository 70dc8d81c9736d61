import NIOHTTP1

/// Requests answered without looking at the site: a head that breaks a limit or is malformed,
/// one that names another server, or a method other than GET and HEAD. Each closes the
/// connection, except a wrong method, and each says why in Spanish.
enum Refusal: Equatable {
    case malformed
    case missingHost
    case foreignHost
    case methodNotAllowed
    case headTooSlow
    case requestLineTooLong
    case headersTooLarge

    /// What is wrong with a head that was read whole, if anything. HTTP/1.1 requires one `Host`;
    /// HTTP/1.0 predates it, so a request without one is let through.
    static func check(_ head: HTTPRequestHead, hosts: HostPolicy, port: Int) -> Refusal? {
        let given = head.headers["Host"]
        if given.count > 1 { return .malformed }
        if let host = given.first {
            if !hosts.allows(host, port: port) { return .foreignHost }
        } else if head.version != .http1_0 {
            return .missingHost
        }
        return head.method == .GET || head.method == .HEAD ? nil : .methodNotAllowed
    }

    /// The refusal for an error raised while a head was being read; nil for other errors, which
    /// end the connection without an answer.
    init?(_ error: any Error) {
        switch error {
        case RequestGate.Exceeded.requestLine: self = .requestLineTooLong
        case RequestGate.Exceeded.headTime: self = .headTooSlow
        case HTTPParserError.headerOverflow: self = .headersTooLarge
        case is HTTPParserError: self = .malformed
        default: return nil
        }
    }

    var answer: Answer {
        var answer = Answer.text(message, status)
        if self == .methodNotAllowed { answer.headers.add(name: "Allow", value: "GET, HEAD") }
        return answer
    }

    var status: HTTPResponseStatus {
        switch self {
        case .malformed, .missingHost: .badRequest
        case .foreignHost: .forbidden
        case .methodNotAllowed: .methodNotAllowed
        case .headTooSlow: .requestTimeout
        case .requestLineTooLong: .uriTooLong
        case .headersTooLarge: .requestHeaderFieldsTooLarge
        }
    }

    private var message: String {
        switch self {
        case .malformed: "Petición no válida."
        case .missingHost: "Petición no válida: falta la cabecera Host."
        case .foreignHost:
            "Este servidor de vista previa solo responde a su propia dirección; ábrelo con la que muestra «libro servir»."
        case .methodNotAllowed: "Método no permitido: este servidor solo sirve el sitio."
        case .headTooSlow: "La petición tardó demasiado en llegar."
        case .requestLineTooLong: "La dirección pedida es demasiado larga."
        case .headersTooLarge: "Las cabeceras de la petición son demasiado grandes."
        }
    }
}
