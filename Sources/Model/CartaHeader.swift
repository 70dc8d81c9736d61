import Diagnostics

/// The `carta` block of a session page: what the session is for and what the package declares
/// about it. The activities are the page's `actividad` and `receso` blocks.
public struct CartaHeader: Sendable, Equatable {
    /// The session's number (1–6); nil for cartas that are not sessions (the system-mapping chart).
    public var session: Int?
    public var sessionLocation: SourceLocation?
    /// One of the method's components, checked at LINK.
    public var component: LocatedText?
    public var objective: String?
    /// The total the package declares for the session, in minutes.
    public var declaredMinutes: Int?
    public var declaredLocation: SourceLocation?
    /// Minutes after midnight at which the agenda's clock starts.
    public var startMinute: Int
    /// Levels and modalities of the method, each where it is written, checked at LINK.
    public var levels: [LocatedText]
    public var modalities: [LocatedText]

    public init(
        session: Int? = nil,
        sessionLocation: SourceLocation? = nil,
        component: LocatedText? = nil,
        objective: String? = nil,
        declaredMinutes: Int? = nil,
        declaredLocation: SourceLocation? = nil,
        startMinute: Int = 9 * 60,
        levels: [LocatedText] = [],
        modalities: [LocatedText] = []
    ) {
        self.session = session
        self.sessionLocation = sessionLocation
        self.component = component
        self.objective = objective
        self.declaredMinutes = declaredMinutes
        self.declaredLocation = declaredLocation
        self.startMinute = startMinute
        self.levels = levels
        self.modalities = modalities
    }
}

/// One timed activity of a carta. Its title is the heading it sits under.
public struct ActivitySpec: Sendable, Equatable {
    public var minutes: Int
    public var materials: [String]
    public var products: [String]

    public init(minutes: Int, materials: [String] = [], products: [String] = []) {
        self.minutes = minutes
        self.materials = materials
        self.products = products
    }
}

/// A break or a meal of a carta.
public struct PauseSpec: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case coffee = "café"
        case meal = "comida"
    }

    public var kind: Kind
    /// Nil when the package gives the break no duration.
    public var minutes: Int?

    public init(kind: Kind = .coffee, minutes: Int? = nil) {
        self.kind = kind
        self.minutes = minutes
    }
}
