import Foundation

/// Watches folders and calls back when anything in them changed. It compares snapshots of the
/// folders: when the kernel reports a change (`ChangeSignal`), at once, and every `interval`
/// in any case, which needs no dependency and behaves the same on Linux and macOS.
final class FileWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let queue: DispatchQueue
    private let timer: any DispatchSourceTimer
    private let onChange: @Sendable () -> Void
    private var signal: ChangeSignal?
    // Touched only on `queue`.
    private var last: FolderSnapshot?

    /// `onChange` runs on `queue`, so the work it starts never overlaps the next comparison.
    init(folders: [URL], every interval: Duration, queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.queue = queue
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        let milliseconds = Int(interval / .milliseconds(1))
        timer.schedule(deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
        timer.setEventHandler { [weak self] in self?.compare() }
        signal = ChangeSignal(queue: queue) { [weak self] in self?.compare() }
    }

    deinit {
        timer.cancel()
        signal?.cancel()
    }

    /// Takes the snapshot later comparisons start from, then starts watching. Work queued after
    /// this call on the same queue (the first build) sees that snapshot already taken.
    func start() {
        queue.async { [self] in
            let snapshot = FolderSnapshot(of: folders)
            last = snapshot
            signal?.watch(folders.map(\.path) + snapshot.folderPaths)
            timer.resume()
            signal?.resume()
        }
    }

    /// Stops watching and waits for a change being handled (a build) to finish.
    func stop() async {
        timer.cancel()
        signal?.cancel()
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async { done.resume() }
        }
    }

    /// Runs on `queue`.
    private func compare() {
        let current = FolderSnapshot(of: folders)
        guard current != last else { return }
        last = current
        // Folders that appeared are watched before the build, so an edit during it is heard.
        signal?.watch(current.folderPaths)
        onChange()
    }
}
