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
