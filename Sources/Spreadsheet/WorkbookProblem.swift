/// Why a file could not be read as a workbook, in Spanish, for the person who saved it.
public struct WorkbookProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
