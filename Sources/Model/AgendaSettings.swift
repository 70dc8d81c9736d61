import Diagnostics

/// How an organization runs one scheduled session against the package's carta: the length of
/// its breaks and of its meal, where the meal goes, activities it skips and activities it gives
/// other lengths. Read from the fields the method's `agenda:` names; each value keeps where it
/// was written, for errors once the carta is known.
public struct AgendaSettings: Sendable, Equatable {
    /// A whole number and where it is written.
    public struct Setting: Sendable, Equatable {
        public let value: Int
        public let location: SourceLocation

        public init(_ value: Int, at location: SourceLocation) {
            self.value = value
            self.location = location
        }
    }

    /// An activity (counted from 1 in the carta's order) given another length.
    public struct Length: Sendable, Equatable {
        public let activity: Int
        public let minutes: Int
        public let location: SourceLocation

        public init(activity: Int, minutes: Int, at location: SourceLocation) {
            self.activity = activity
            self.minutes = minutes
            self.location = location
        }
    }

    /// Minutes of every break that is not a meal, sized by the package or not.
    public var breakMinutes: Setting?
    /// Minutes of the meal.
    public var mealMinutes: Setting?
    /// The activity after which the meal goes.
    public var mealAfter: Setting?
    public var skipped: [Setting] = []
    public var lengths: [Length] = []
    /// The method's length for a break the package gives none, shown as an assumption.
    public var defaultBreakMinutes: Int?
    /// Where the scheduled session is written, for errors that concern it as a whole.
    public var location: SourceLocation?

    public init() {}

    /// True when nothing changes the carta.
    public var isEmpty: Bool {
        breakMinutes == nil && mealMinutes == nil && mealAfter == nil && skipped.isEmpty && lengths.isEmpty
            && defaultBreakMinutes == nil
    }
}

/// Which fields of a scheduled session hold its agenda settings (`organizacion › agenda:` of the
/// method), and the package's length for breaks it does not size.
public struct AgendaMethod: Sendable, Equatable {
    public var breakMinutes: String?
    public var mealMinutes: String?
    public var mealAfter: String?
    public var skipped: String?
    public var lengths: String?
    public var defaultBreakMinutes: Int?
    public var location: SourceLocation
    /// Where each key's value is written, by key.
    public var locations: [String: SourceLocation] = [:]

    public init(location: SourceLocation) {
        self.location = location
    }

    /// The field names given, each with the method's key that names it.
    public var fields: [(key: String, field: String)] {
        [
            (AgendaMethod.breakKey, breakMinutes), (AgendaMethod.mealKey, mealMinutes),
            (AgendaMethod.mealAfterKey, mealAfter), (AgendaMethod.skippedKey, skipped),
            (AgendaMethod.lengthsKey, lengths),
        ].compactMap { key, field in field.map { (key, $0) } }
    }

    public static let breakKey = "recesos"
    public static let mealKey = "comida"
    public static let mealAfterKey = "comida_despues_de"
    public static let skippedKey = "omitir"
    public static let lengthsKey = "duraciones"
    public static let defaultBreakKey = "receso_sin_duracion"
}
