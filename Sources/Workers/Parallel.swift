import Dispatch

/// Work spread over the cores, with results kept in order, so a parallel build writes the same
/// bytes as a sequential one (a test holds it to that).
public enum Parallel {
    /// How many threads `map` may use; 0 means one per core. Bound per build with
    /// `$workers.withValue(_:)`, so builds running side by side keep their own.
    @TaskLocal public static var workers = 0

    public static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        let workers = max(0, workers)
        if workers == 1 || count < 2 { return (0..<count).map(work) }
        let slots = Slots<Result>(count: count)
        if workers == 0 {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(work(index), at: index)
            }
        } else {
            // Each of the allowed threads takes every `workers`-th item.
            DispatchQueue.concurrentPerform(iterations: min(workers, count)) { first in
                for index in stride(from: first, to: count, by: workers) {
                    slots.store(work(index), at: index)
                }
            }
        }
        return slots.take()
    }

    /// One slot per task, allocated up front; each task writes only its own, so no lock is needed.
    private final class Slots<Result>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ result: Result, at index: Int) {
            buffer[index] = result
        }

        func take() -> [Result] { buffer.compactMap { $0 } }
    }
}
