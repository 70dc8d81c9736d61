/// One problem found while building, located and worded in Spanish.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning = "aviso"
    }

    public let location: SourceLocation
    public let severity: Severity
    /// A stable, kebab-case code (`ref-no-encontrada`) that tests and docs can name.
    public let code: String
    /// What is wrong and how to fix it.
    public let message: String

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    /// `content/guia/a.md:12:5: error: no existe … [ref-no-encontrada]`, always one line: control
    /// characters that came from the input are shown escaped.
    public var description: String {
        ControlCharacters.escaped("\(location): \(severity.rawValue): \(message) [\(code)]")
    }
}
