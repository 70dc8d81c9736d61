import Dispatch
import Foundation
import Workers

/// Creates a new site's files one at a time, on a queue of its own, while the workers that
/// rendered them go on rendering. Creating a file locks its folder in the kernel: two workers
/// creating files side by side in one folder (a section's thousand pages) took turns at that lock
/// and spun waiting for it, a sixth of a 10 000-page build's time, and each waited instead of
/// rendering. A bounded number of files wait, so a large site's HTML is never all in memory.
final class WriteQueue: @unchecked Sendable {
    /// Files waiting at most: enough to keep the queue busy while a worker renders a page.
    private static let room = 64

    private let queue = DispatchQueue(label: "libro.escritura")
    private let slots = DispatchSemaphore(value: WriteQueue.room)
    private let lock = NSLock()
    private var failure: SiteWriter.Failure?
    /// The build's thread count: a build asked to use one thread writes as it goes.
    private let workers = Parallel.workers

    /// Runs `work` on the queue once earlier work is done. A failure of earlier work is thrown
    /// here, or by `drain()`; after one, nothing more is written.
    func submit(_ work: @escaping @Sendable () throws(SiteWriter.Failure) -> Void) throws(SiteWriter.Failure) {
        if let failure = firstFailure { throw failure }
        guard workers != 1 else { return try work() }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard firstFailure == nil else { return }
            do throws(SiteWriter.Failure) {
                try work()
            } catch {
                lock.withLock { failure = failure ?? error }
            }
        }
    }

    /// Waits until everything submitted is written; throws the first failure.
    func drain() throws(SiteWriter.Failure) {
        queue.sync {}
        if let failure = firstFailure { throw failure }
    }

    private var firstFailure: SiteWriter.Failure? { lock.withLock { failure } }
}
