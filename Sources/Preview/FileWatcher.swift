import Foundation

/// Watches folders and calls back when anything in them changed, naming the files that did when
/// no file was added or removed. It compares snapshots of the folders: when the kernel reports a
/// change (`ChangeSignal`), at once, stamping again only the files it names; and every
/// `interval` in any case, whole, which needs no dependency and behaves the same on Linux and
/// macOS.
final class FileWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let queue: DispatchQueue
    private let timer: any DispatchSourceTimer
    private let onChange: @Sendable (_ changed: Set<String>?) -> Void
    private var signal: ChangeSignal?
    // Touched only on `queue`.
    private var last: FolderSnapshot?
    /// How much less often folders are polled when the kernel reports changes.
    private static let slowerWithEvents = 5

    /// `onChange` runs on `queue`, so the work it starts never overlaps the next comparison. It
    /// gets the files (full paths) whose stamps changed since the last call, or nil when a file
    /// or folder was added or removed.
    init(
        folders: [URL], every interval: Duration, queue: DispatchQueue,
        onChange: @escaping @Sendable (_ changed: Set<String>?) -> Void
    ) {
        self.folders = folders
        self.queue = queue
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        signal = ChangeSignal(queue: queue) { [weak self] heard in self?.compare(heard: heard) }
        // With the kernel's events, polling only catches what they miss (a file written and
        // never closed): a whole snapshot of a large site costs a core's tenth at every poll.
        let milliseconds = Int((signal == nil ? interval : interval * Self.slowerWithEvents) / .milliseconds(1))
        timer.schedule(deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
        timer.setEventHandler { [weak self] in self?.compare(heard: .anything) }
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
    private func compare(heard: ChangeSignal.Heard) {
        if case .files(let paths) = heard, let changed = last?.restamp(paths) {
            if !changed.isEmpty { onChange(changed) }
            return
        }
        let snapshot = FolderSnapshot(of: folders)
        let changed = last.flatMap { snapshot.changedFiles(since: $0) }
        if let changed {
            guard !changed.isEmpty else { return }
        } else if snapshot == last {
            return
        }
        last = snapshot
        // Folders that appeared are watched before the build, so an edit during it is heard.
        signal?.watch(snapshot.folderPaths)
        onChange(changed)
    }
}
