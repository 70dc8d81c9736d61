import Diagnostics

/// A worksheet's `hoja` block: the printable form, which sessions' print packs hold it, and the
/// data that pre-fills it for an organization.
public struct WorksheetSpec: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        /// A letter-size form.
        case sheet = "hoja"
        /// A pre-printed flipchart sheet: large type, landscape.
        case flipchart = "rotafolio"
        /// Cut-out cards.
        case cards = "tarjetas"
    }

    public var sessions: [Int]
    public var format: Format
    /// Filled once per record of this organization's file (`por_cada:`), where it is written.
    public var forEach: LocatedText?
    /// How the form's data paths name that record (`como:`): `aliado.construccion.interes`.
    public var recordName: String
    public var parts: [WorksheetPart]

    /// Forms go to each participant; flipcharts and cut-out cards are the facilitator's.
    public var audience: PrintAudience { format == .sheet ? .participants : .facilitation }

    public init(
        sessions: [Int] = [], format: Format = .sheet, forEach: LocatedText? = nil, recordName: String = "registro",
        parts: [WorksheetPart] = []
    ) {
        self.sessions = sessions
        self.format = format
        self.forEach = forEach
        self.recordName = recordName
        self.parts = parts
    }

    /// Every data path the form names, for checking them and for knowing whether it can be filled.
    public var dataPaths: [DataPath] {
        parts.flatMap { part -> [DataPath] in
            switch part {
            case .questions(_, let items): items.compactMap(\.data)
            case .table(let table): table.data.map { [$0] } ?? []
            case .checklist(_, let items): items.compactMap(\.data)
            case .cards, .flipchart: []
            }
        }
    }
}

/// One part of a worksheet.
public enum WorksheetPart: Sendable, Equatable {
    case questions(title: String?, items: [WorksheetQuestion])
    case table(WorksheetTable)
    case checklist(title: String?, items: [WorksheetCheck])
    /// Cards made from the headings one level below `section` on page `page`.
    case cards(page: String, section: String, location: SourceLocation)
    case flipchart(title: String, prompts: [String])
}

public struct WorksheetQuestion: Sendable, Equatable {
    public var text: String
    /// Ruled lines to write on.
    public var lines: Int
    public var data: DataPath?

    public init(text: String, lines: Int = 3, data: DataPath? = nil) {
        self.text = text
        self.lines = lines
        self.data = data
    }
}

public struct WorksheetTable: Sendable, Equatable {
    public var title: String?
    public var columns: [String]
    /// Blank rows printed to write in.
    public var rows: Int
    /// A list whose items fill the rows, one field per column (`""` leaves a column blank).
    public var data: DataPath?
    public var fields: [String]
    /// On a phone each row shows as a card, its cells under their column headings, instead of a
    /// table that slides sideways: for tables whose rows read as records (`fichas: true`).
    public var stacksOnPhones: Bool

    public init(
        title: String? = nil, columns: [String], rows: Int = 8, data: DataPath? = nil, fields: [String] = [],
        stacksOnPhones: Bool = false
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.data = data
        self.fields = fields
        self.stacksOnPhones = stacksOnPhones
    }
}

/// A table column that shows one month of a months field as a mark: `meses:3` is month 3 of
/// `meses`, so a plan's months can print as a row of cells.
public struct MonthColumn: Sendable, Equatable {
    public let field: String
    public let month: Int

    /// Nil for anything but `campo:N` with N from 1.
    public init?(_ spec: String) {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let month = Int(parts[1]), month > 0 else { return nil }
        self.field = String(parts[0])
        self.month = month
    }
}

extension WorksheetTable {
    /// The fields a reader writes in the columns: neither the blank ones nor month marks.
    public var writtenFields: [String] { fields.filter { !$0.isEmpty && MonthColumn($0) == nil } }
}

public struct WorksheetCheck: Sendable, Equatable {
    public var text: String
    /// A yes/no value that ticks the box.
    public var data: DataPath?

    public init(text: String, data: DataPath? = nil) {
        self.text = text
        self.data = data
    }
}

/// A path into an organization's data (`aliado.mou.proposito`), with where it was written.
public struct DataPath: Sendable, Equatable {
    public let path: String
    public let location: SourceLocation

    public init(_ path: String, at location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// A `copia` block: a worksheet printed again elsewhere (a print pack, an organization's page),
/// blank or filled with an organization's data.
public struct SheetCopy: Sendable, Equatable {
    /// The id of the worksheet's page.
    public var sheet: String
    public var organization: String?
    /// The id of the record a sheet filled per record is filled for.
    public var record: String?
    public var location: SourceLocation

    public init(sheet: String, organization: String? = nil, record: String? = nil, location: SourceLocation) {
        self.sheet = sheet
        self.organization = organization
        self.record = record
        self.location = location
    }
}

/// An `agenda` block: a session's carta with clock times from a given start.
public struct AgendaSpec: Sendable, Equatable {
    public var session: Int
    public var startMinute: Int?
    /// The organization whose settings for the session change the agenda (`organizacion:`).
    public var organization: String?
    public var location: SourceLocation

    public init(session: Int, startMinute: Int? = nil, organization: String? = nil, location: SourceLocation) {
        self.session = session
        self.startMinute = startMinute
        self.organization = organization
        self.location = location
    }
}

/// Who a print pack is for (`para:` of a `paquete` block).
public enum PrintAudience: String, Sendable, CaseIterable {
    /// The handouts: one copy per participant.
    case participants = "participantes"
    /// What the facilitator uses: flipcharts, cards, the agenda.
    case facilitation = "facilitacion"
}

/// A `paquete` block: the print pack of a session, for one audience or (without `para:`) both.
public struct PrintPackSpec: Sendable, Equatable {
    public var session: Int
    public var organization: String?
    public var audience: PrintAudience?
    public var location: SourceLocation

    public init(
        session: Int, organization: String? = nil, audience: PrintAudience? = nil, location: SourceLocation
    ) {
        self.session = session
        self.organization = organization
        self.audience = audience
        self.location = location
    }
}
