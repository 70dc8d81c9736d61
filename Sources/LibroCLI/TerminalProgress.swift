import Foundation
import LibroKit

/// Redraws one status line on a terminal, only once a run has taken longer than a second,
/// so quick builds print nothing but their summary.
final class TerminalProgress: @unchecked Sendable {
    private let console: Console
    private let now: @Sendable () -> Date
    private let start: Date
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(console: Console, now: @escaping @Sendable () -> Date = Date.init) {
        self.console = console
        self.now = now
        start = now()
    }

    func update(_ stage: BuildStage, _ done: Int, _ total: Int) {
        guard console.isTerminal else { return }
        let now = now()
        lock.withLock {
            guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 || done == total else {
                return
            }
            lastDraw = now
            drawn = true
            console.status("\(stage.progressLabel) \(done)/\(total)")
        }
    }

    /// Clears the status line before the summary is printed.
    func finish() {
        lock.withLock {
            if drawn { console.status("") }
        }
    }
}
