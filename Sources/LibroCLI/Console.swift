import Foundation

/// Where the CLI writes; injected so tests can read what a run printed.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void
    /// True when standard error is a terminal, so progress may redraw a line.
    public let isTerminal: Bool

    public init(
        isTerminal: Bool,
        out: @escaping @Sendable (String) -> Void,
        error: @escaping @Sendable (String) -> Void
    ) {
        self.isTerminal = isTerminal
        writeOut = out
        writeError = error
    }

    /// The process's standard output and error.
    public static var standard: Console {
        Console(
            isTerminal: isatty(STDERR_FILENO) == 1,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            error: { FileHandle.standardError.write(Data($0.utf8)) }
        )
    }

    func out(_ line: String) {
        lock.withLock { writeOut(line + "\n") }
    }

    func error(_ text: String, newline: Bool = true) {
        lock.withLock { writeError(newline ? text + "\n" : text) }
    }
}
