import Diagnostics

/// An organization's data, checked against what the package's method says it keeps: each data
/// file's records, by the file's name in the method. Files it does not have yet are empty.
public struct Organization: Sendable, Equatable {
    /// The folder name under `content/organizaciones/`.
    public let slug: String
    /// How the folder is named in messages: `content/organizaciones/<slug>`.
    public let folder: String
    /// In the method's order.
    public var files: [DataFileRecords]
    /// The text at the method's `nombre` path.
    public var name: String
    /// The text at the method's `nivel` path, empty when the method names none.
    public var level: String
    /// The sessions its calendar schedules, in the order written.
    public var calendar: [ScheduledSession]
    /// The IANA name of the time zone its calendar is written in: the method's field, or its default.
    public var timeZone = "UTC"

    public init(
        slug: String, folder: String, files: [DataFileRecords], name: String = "", level: String = "",
        calendar: [ScheduledSession] = []
    ) {
        self.slug = slug
        self.folder = folder
        self.files = files
        self.name = name
        self.level = level
        self.calendar = calendar
    }

    public func file(_ name: String) -> DataFileRecords? { files.first { $0.name == name } }

    /// The value at a dotted path that starts with a file's name (`perfil.nombre`); paths go
    /// down through records only.
    public func value(at path: String) -> DataValue? {
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first, var current = file(first)?.value else { return nil }
        for part in parts.dropFirst() {
            guard let next = current.record?[part] else { return nil }
            current = next
        }
        return current
    }

    /// Whether a file has something to show: a YAML file that exists, a CSV or folder with records.
    public func hasData(_ name: String) -> Bool { file(name).map { $0.present && !$0.records.isEmpty } ?? false }
}

/// The records of one data file of an organization.
public struct DataFileRecords: Sendable, Equatable {
    public let name: String
    /// One for a YAML file, a row each for a CSV, a file each for a folder.
    public var records: [DataRecord]
    /// Each record's id: a CSV's id column, a folder's file name; empty when the file has none.
    public var ids: [String]
    /// False when the organization does not have the file.
    public var present: Bool
    /// A YAML file: one record, not a list of them.
    public let single: Bool

    public init(
        name: String, records: [DataRecord] = [], ids: [String] = [], present: Bool = false, single: Bool = false
    ) {
        self.name = name
        self.records = records
        self.ids = ids
        self.present = present
        self.single = single
    }

    /// The file as one value: its record, or the list of its records.
    public var value: DataValue {
        single
            ? .record(records.first ?? DataRecord(location: SourceLocation(file: "")))
            : .list(records.map(DataValue.record))
    }

    /// The record whose id is `id`.
    public func record(_ id: String) -> DataRecord? { ids.firstIndex(of: id).map { records[$0] } }
}

/// A session of the package on an organization's calendar.
public struct ScheduledSession: Sendable, Equatable {
    public let session: Int
    public let date: CalendarDate?
    /// Minutes after midnight.
    public let startMinute: Int
    public let place: String
    public let modality: String
    /// Where the calendar names the session, for errors about it.
    public let location: SourceLocation
    /// How the organization changes the carta's agenda for this session.
    public var agenda = AgendaSettings()

    public init(
        session: Int, date: CalendarDate?, startMinute: Int, place: String, modality: String, location: SourceLocation
    ) {
        self.session = session
        self.date = date
        self.startMinute = startMinute
        self.place = place
        self.modality = modality
        self.location = location
    }

    /// A calendar entry (`sesion`, `fecha`, `inicio`, `lugar`, `modalidad`) as a session.
    public init?(_ record: DataRecord) {
        guard let number = record["sesion"]?.number else { return nil }
        self.init(
            session: number, date: CalendarDate(text: record.text("fecha")),
            startMinute: Self.minutes(record.text("inicio")) ?? 9 * 60, place: record.text("lugar"),
            modality: record.text("modalidad"), location: record.location(of: "sesion"))
    }

    /// `HH:MM` as the schema normalized it.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
        return hours * 60 + minutes
    }
}
