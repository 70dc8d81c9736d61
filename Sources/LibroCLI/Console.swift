import Diagnostics
import Foundation

/// Where the CLI writes; injected so tests can read what a run printed. Text may come from the
/// input (file names, values, arguments), so every control character in it but the line break is
/// written escaped; only `status(_:)` writes the sequences that redraw a terminal's line.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void
    /// True when standard error is a terminal, so progress may redraw a line.
    public let isTerminal: Bool
    /// Reads a line someone types; nil when standard input is not a terminal, so nobody is
    /// asked a question a script cannot answer.
    let input: (@Sendable () -> String?)?

    public init(
        isTerminal: Bool,
        out: @escaping @Sendable (String) -> Void,
        error: @escaping @Sendable (String) -> Void,
        input: (@Sendable () -> String?)? = nil
    ) {
        self.isTerminal = isTerminal
        writeOut = out
        writeError = error
        self.input = input
    }

    /// The process's standard output and error.
    public static var standard: Console {
        let read: @Sendable () -> String? = { readLine() }
        let typed = isatty(STDIN_FILENO) == 1 ? read : nil
        return Console(
            isTerminal: isatty(STDERR_FILENO) == 1,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            error: { FileHandle.standardError.write(Data($0.utf8)) },
            input: typed
        )
    }

    /// A question on its own line, the answer typed after it.
    func ask(_ question: String) -> String? {
        guard let input else { return nil }
        lock.withLock { writeOut(Self.plain(question) + " ") }
        return input()
    }

    func out(_ line: String) {
        lock.withLock { writeOut(Self.plain(line) + "\n") }
    }

    func error(_ text: String) {
        lock.withLock { writeError(Self.plain(text) + "\n") }
    }

    /// Redraws the status line of a terminal with `text`, or clears it when `text` is empty;
    /// nothing when standard error is not a terminal.
    func status(_ text: String) {
        guard isTerminal else { return }
        lock.withLock { writeError(Self.redraw + Self.plain(text)) }
    }

    /// Back to the start of the line, which is erased.
    private static let redraw = "\r\u{1B}[2K"

    private static func plain(_ text: String) -> String {
        ControlCharacters.escaped(text, keeping: ["\n"])
    }
}
