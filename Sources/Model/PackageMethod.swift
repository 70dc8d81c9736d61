import Diagnostics

/// A package's method, as `content/metodo.yml` describes it: the words its cartas use, its levels
/// and the sessions each one's path takes, and what an organization that goes through it keeps.
/// libro knows none of it: a package without the file has cartas with any words and no levels.
public struct PackageMethod: Sendable, Equatable {
    /// The components a carta may name (`componente:`); empty accepts any.
    public var components: [String] = []
    /// The modalities a carta may name (`modalidades:`); empty accepts any.
    public var modalities: [String] = []
    /// The levels, in order; a carta's `niveles:` names some of them.
    public var levels: [MethodLevel] = []
    /// Where the method is written, for problems with it as a whole.
    public var location: SourceLocation?
    /// What an organization keeps; nil when the package has no organizations.
    public var organization: OrganizationMethod?
    /// UI strings of the package, over the theme's.
    public var strings: [String: String] = [:]

    public init() {}

    public func level(named name: String) -> MethodLevel? { levels.first { $0.name == name } }
}

/// A level of the package and the path it takes through the sessions.
public struct MethodLevel: Sendable, Equatable {
    public let name: String
    /// The sessions recommended at this level, by number.
    public let sessions: [Int]
    /// Markdown shown at the end of an organization's path at this level (what comes next).
    public let note: String
    public let location: SourceLocation?

    public init(name: String, sessions: [Int], note: String = "", location: SourceLocation? = nil) {
        self.name = name
        self.sessions = sessions
        self.note = note
        self.location = location
    }
}

/// A word written in a carta or a data file, with where it is written, for checking it against
/// the method's vocabularies once they are known.
public struct LocatedText: Sendable, Equatable {
    public let text: String
    public let location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
