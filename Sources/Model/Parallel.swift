import Dispatch

/// Work spread over every core, with results kept in order, so a parallel build writes the same
/// bytes as a sequential one.
public enum Parallel {
    public static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(work(index), at: index)
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
