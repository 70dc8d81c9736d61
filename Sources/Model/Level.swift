/// How far along an organization is with strategic alliances; it decides which sessions it does.
public enum Level: String, Sendable, CaseIterable, Comparable {
    case basic = "básico"
    case intermediate = "intermedio"
    case advanced = "avanzado"

    public static func < (lhs: Level, rhs: Level) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// How a session is held.
public enum Modality: String, Sendable, CaseIterable {
    case inPerson = "presencial"
    case webinar
}

/// The two components of the package that have sessions.
public enum SessionComponent: String, Sendable, CaseIterable {
    case capacityBuilding = "creación de capacidades"
    case workSessions = "sesiones de trabajo"
}

extension Level {
    /// The package's path for each level: every level does sessions 1–3; Sesión 4 is for básico,
    /// 5 for básico and intermedio, 6 (and the plan of Anexo 7) for avanzado.
    public func recommends(session: Int) -> Bool {
        switch session {
        case 1, 2, 3: true
        case 4: self == .basic
        case 5: self == .basic || self == .intermediate
        case 6: self == .advanced
        default: false
        }
    }

    /// Whether the level calls for the Plan de Alianzas Estratégicas (Anexo 7).
    public var recommendsAlliancePlan: Bool { self == .advanced }
}
