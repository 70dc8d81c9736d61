import Diagnostics

/// An organization's data, checked against `OrganizationSchema`: what it produces as it goes
/// through the package. Files it does not have yet are empty.
public struct Organization: Sendable, Equatable {
    /// The folder name under `content/organizaciones/`.
    public let slug: String
    /// How the folder is named in messages: `content/organizaciones/<slug>`.
    public let folder: String
    public var profile: DataRecord
    /// Rows of `actores.csv`, in file order.
    public var actors: [DataRecord]
    /// One per file of `aliados/`, sorted by id.
    public var allies: [Ally]
    public var strategies: DataRecord?
    public var resultsMap: DataRecord?
    /// Rows of `plan-de-trabajo.csv`, in file order.
    public var workPlan: [DataRecord]

    public init(
        slug: String,
        folder: String,
        profile: DataRecord,
        actors: [DataRecord] = [],
        allies: [Ally] = [],
        strategies: DataRecord? = nil,
        resultsMap: DataRecord? = nil,
        workPlan: [DataRecord] = []
    ) {
        self.slug = slug
        self.folder = folder
        self.profile = profile
        self.actors = actors
        self.allies = allies
        self.strategies = strategies
        self.resultsMap = resultsMap
        self.workPlan = workPlan
    }

    public struct Ally: Sendable, Equatable {
        /// The file name without `.yml`.
        public let id: String
        public let record: DataRecord

        public init(id: String, record: DataRecord) {
            self.id = id
            self.record = record
        }
    }

    public var name: String { profile.text("nombre") }
    public var level: Level? { Level(rawValue: profile.text("nivel")) }

    public func actor(_ id: String) -> DataRecord? { actors.first { $0.text("id") == id } }
    public func ally(_ id: String) -> Ally? { allies.first { $0.id == id } }

    /// The sessions the profile schedules, in the order written.
    public var scheduledSessions: [ScheduledSession] {
        (profile["sesiones"]?.list ?? []).compactMap { value in
            guard let record = value.record, let number = record["sesion"]?.number else { return nil }
            return ScheduledSession(
                session: number,
                date: CalendarDate(text: record.text("fecha")),
                startMinute: ScheduledSession.minutes(record.text("inicio")) ?? 9 * 60,
                place: record.text("lugar"),
                modality: Modality(rawValue: record.text("modalidad")) ?? .inPerson,
                location: record.location(of: "sesion")
            )
        }
    }
}

/// A session of the package on an organization's calendar.
public struct ScheduledSession: Sendable, Equatable {
    public let session: Int
    public let date: CalendarDate?
    /// Minutes after midnight.
    public let startMinute: Int
    public let place: String
    public let modality: Modality
    /// Where the profile names the session, for errors about it.
    public let location: SourceLocation

    /// `HH:MM` as the schema normalized it.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
        return hours * 60 + minutes
    }
}
