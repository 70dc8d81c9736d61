import Diagnostics
import Model

/// One worksheet's answers for an organization, decoded against the data's schema: an entry of
/// an answers file being imported, or a file stored in the organization's `respuestas/` folder.
public struct AnswerEntry: Sendable {
    /// The worksheet's page id.
    public var sheet: String
    /// For a sheet filled once per record: the file (`por_cada:`) and the record's id.
    public var record: AnswerRecord?
    /// Whether its values win over the data files' (`libro importar --reemplazar`).
    public var replaces: Bool
    public var values: [AnswerValue]
    /// Where the entry starts.
    public var location: SourceLocation

    public init(
        sheet: String, record: AnswerRecord?, replaces: Bool, values: [AnswerValue], location: SourceLocation
    ) {
        self.sheet = sheet
        self.record = record
        self.replaces = replaces
        self.values = values
        self.location = location
    }

    /// Where it is stored in the organization's folder: `respuestas/<hoja>[--<registro>].yml`.
    public var fileName: String {
        "\(AnswerEntry.folder)/\(sheet)\(record.map { "--" + $0.id } ?? "").yml"
    }

    public static let folder = "respuestas"
}

public struct AnswerRecord: Sendable, Equatable {
    /// The data file's name in the method (`aliados`).
    public var file: String
    public var id: String

    public init(file: String, id: String) {
        self.file = file
        self.id = id
    }
}

/// One answered path: a question's text, a checklist's flag, a table's rows.
public struct AnswerValue: Sendable {
    public enum Content: Sendable, Equatable {
        case value(DataValue)
        /// A table's rows, each with only the columns written.
        case rows([DataRecord])
    }

    /// The path from the organization, with the data file's name first (`perfil.mision`,
    /// `aliados.mou.proposito` for the entry's record).
    public var path: String
    public var content: Content
    /// The value as written, to store it as it came.
    public var written: WrittenAnswer
    public var location: SourceLocation

    public init(path: String, content: Content, written: WrittenAnswer, location: SourceLocation) {
        self.path = path
        self.content = content
        self.written = written
        self.location = location
    }
}

/// A YAML value as written, its scalars as text: the schema checks them again when read.
public indirect enum WrittenAnswer: Sendable, Equatable {
    case scalar(String)
    case list([WrittenAnswer])
    case mapping([WrittenPair])
}

public struct WrittenPair: Sendable, Equatable {
    public let key: String
    public let value: WrittenAnswer
}
