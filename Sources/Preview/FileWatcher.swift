import Foundation

/// Polls folders and calls back when anything in them changed. Polling needs no dependency and
/// behaves the same on Linux and macOS; a few hundred files take well under a millisecond.
final class FileWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let queue: DispatchQueue
    private let timer: DispatchSourceTimer
    // Touched only on `queue`.
    private var last: FolderSnapshot?

    /// `onChange` runs on `queue`, so the work it starts never overlaps the next poll.
    init(folders: [URL], every interval: Duration, queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.queue = queue
        timer = DispatchSource.makeTimerSource(queue: queue)
        let milliseconds = Int(interval / .milliseconds(1))
        timer.schedule(deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let current = FolderSnapshot(of: folders)
            guard current != last else { return }
            last = current
            onChange()
        }
    }

    deinit {
        timer.cancel()
    }

    /// Takes the snapshot later polls compare with, then starts polling. Work queued after this
    /// call on the same queue (the first build) sees that snapshot already taken.
    func start() {
        queue.async { [self] in
            last = FolderSnapshot(of: folders)
            timer.resume()
        }
    }

    /// Stops polling and waits for a change being handled (a build) to finish.
    func stop() async {
        timer.cancel()
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async { done.resume() }
        }
    }
}
