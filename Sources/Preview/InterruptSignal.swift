import Dispatch
import Foundation

/// Catches Ctrl+C (SIGINT) and SIGTERM from the moment it is made, so the server can stop and
/// remove its temporary folder instead of the process dying with the folder in place, even
/// when the signal comes during the first build.
public final class InterruptSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var received = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var sources: [any DispatchSourceSignal] = []

    /// Starts catching both signals. After the first one a second ends the process at once, as usual.
    public init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.receive() }
            source.resume()
            sources.append(source)
        }
    }

    /// Returns once either signal has arrived, at once if one already has.
    public func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let arrived = lock.withLock {
                if !received { waiting.append(continuation) }
                return received
            }
            if arrived { continuation.resume() }
        }
    }

    private func receive() {
        let resumed: [CheckedContinuation<Void, Never>] = lock.withLock {
            guard !received else { return [] }
            received = true
            for source in sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            defer { waiting = [] }
            return waiting
        }
        for continuation in resumed { continuation.resume() }
    }
}
