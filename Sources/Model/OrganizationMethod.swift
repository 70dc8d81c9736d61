import Diagnostics

/// What an organization that goes through the package keeps (`organizacion:` in `metodo.yml`):
/// its data files, the pages made from them, and how two of the package's blocks draw them.
public struct OrganizationMethod: Sendable, Equatable {
    /// The reference target that names the package's sessions, each a number with a carta.
    public static let sessions = "sesiones"

    /// The data files, in the order the method names them.
    public var files: [DataFileSpec] = []
    /// Where the organization's name, level and calendar are: `perfil.nombre`, `perfil.nivel`,
    /// `perfil.sesiones` (a list of records with `sesion`, `fecha`, `inicio`, `lugar`, `modalidad`).
    public var name = ""
    public var level: String?
    public var calendar: String?
    /// Where the list of the organization's participants is (`perfil.participantes`): its length
    /// is how many copies of each handout a print pack asks for.
    public var participants: String?
    /// Where the organization's IANA time zone is (`perfil.zona_horaria`), and the zone its
    /// calendar is in when it names none; UTC when the method gives neither.
    public var timeZone: String?
    public var defaultTimeZone: String?
    /// Which fields of a scheduled session change its agenda (`agenda:`).
    public var agenda: AgendaMethod?
    public var pages: [DataPageSpec] = []
    /// Where the organizations' section goes among the top sections of the package (`orden:`).
    public var order: Int?
    public var systemMap: SystemMapSpec?
    public var gantt: GanttSpec?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }

    public func file(named name: String) -> DataFileSpec? { files.first { $0.name == name } }
}

/// One of an organization's data files.
public struct DataFileSpec: Sendable, Equatable {
    public enum Shape: Sendable, Equatable {
        /// One YAML file: one record.
        case yaml(String)
        /// One CSV file: a record per row.
        case csv(String)
        /// A folder of YAML files: a record per file, its name the record's id.
        case folder(String)
    }

    /// How templates, worksheets and references name it: `actores`.
    public let name: String
    public let shape: Shape
    public let required: Bool
    /// Its fields (a CSV's columns), in order.
    public let fields: [DataField]
    /// The field that identifies each record of a CSV (a folder's records are named by file).
    public let id: String?
    /// The field that names each record when it is shown or named by another.
    public let title: String?
    /// What one record is called where a sheet filled for it says so: `Aliado potencial`.
    public var label: String?
    /// The name of its sheet in the organization's workbook; its name when not given.
    public var sheet: String?
    public let location: SourceLocation

    public init(
        name: String, shape: Shape, required: Bool, fields: [DataField], id: String?, title: String?,
        location: SourceLocation
    ) {
        self.name = name
        self.shape = shape
        self.required = required
        self.fields = fields
        self.id = id
        self.title = title
        self.location = location
    }

    /// Whether each record has an id: a CSV with an id column, or a folder.
    public var hasIDs: Bool {
        if case .folder = shape { return true }
        return id != nil
    }

    /// Its schema: one record's.
    public var schema: DataSchema { .record(fields) }
}

/// A page made from an organization's data.
public struct DataPageSpec: Sendable, Equatable {
    /// Inside the organization's folder: `sistema.md`, `aliados/{id}.md`.
    public let path: String
    /// Added to the organization's page id (`org-<slug>-<id>`); empty for its `_index.md`.
    public let id: String
    /// With `{titulo}` for the record's; the organization's name when empty.
    public let title: String
    /// The template under `plantillas/paginas/organizacion/`.
    public let template: String
    /// The sessions it is a product of.
    public let sessions: [Int]
    /// The files it is made from: it exists when one of them has data.
    public let data: [String]
    /// A file with a record per page.
    public let forEach: String?
    public let location: SourceLocation

    public init(
        path: String, id: String, title: String, template: String, sessions: [Int], data: [String],
        forEach: String?, location: SourceLocation
    ) {
        self.path = path
        self.id = id
        self.title = title
        self.template = template
        self.sessions = sessions
        self.data = data
        self.forEach = forEach
        self.location = location
    }
}

/// How the `mapa-del-sistema` block draws a file's records: in slices by `group`, at a distance
/// from the centre by `ring` (its first value closest), with a minus sign where `negative` holds.
public struct SystemMapSpec: Sendable, Equatable {
    /// How the line to a record on a ring is drawn.
    public struct Ring: Sendable, Equatable {
        public let value: String
        public let width: Double
        /// An SVG dash pattern (`9 6`); nil draws a solid line.
        public let dash: String?
        public let location: SourceLocation?

        public init(value: String, width: Double, dash: String?, location: SourceLocation? = nil) {
            self.value = value
            self.width = width
            self.dash = dash
            self.location = location
        }
    }

    public let data: String
    public let group: String
    public let ring: String
    /// The rings, closest to the centre first; empty takes the ring field's values in order.
    public var rings: [Ring] = []
    public let negativeField: String
    public let negativeValue: String

    public init(data: String, group: String, ring: String, negativeField: String, negativeValue: String) {
        self.data = data
        self.group = group
        self.ring = ring
        self.negativeField = negativeField
        self.negativeValue = negativeValue
    }
}

/// How the `gantt` block draws a file's records: a row each, numbered by `number` (`1.1` rows
/// indented), labelled by `title`, with `columns` and a cell per month of `months`.
public struct GanttSpec: Sendable, Equatable {
    public let data: String
    public let number: String
    public let title: String
    public let months: String
    public let columns: [String]
    /// The dotted path of the date month 1 starts on (`perfil.inicio`); nil numbers the months.
    public let start: LocatedText?

    public init(
        data: String, number: String, title: String, months: String, columns: [String], start: LocatedText? = nil
    ) {
        self.data = data
        self.number = number
        self.title = title
        self.months = months
        self.columns = columns
        self.start = start
    }
}
