import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the file watcher as soon as the kernel reports a change below the watched folders
/// (inotify, on Linux), so a saved file is seen at once instead of at the next poll, and says
/// which files it heard of. Only a hint: the watcher still compares stamps before it builds, and
/// keeps polling for what no event reports (other systems, a file written and never closed).
final class ChangeSignal: @unchecked Sendable {
    /// What the events said.
    enum Heard: Equatable {
        /// These files (full paths) were written, moved in or out, deleted or touched.
        case files(Set<String>)
        /// Something no list of files describes: a folder created, moved or deleted, or events
        /// lost to a full queue. Only a look at every file tells what changed.
        case anything

        func adding(_ other: Heard) -> Heard {
            guard case .files(let mine) = self, case .files(let theirs) = other else { return .anything }
            return .files(mine.union(theirs))
        }
    }

    #if canImport(Glibc)
        private let descriptor: Int32
        private let source: any DispatchSourceRead
        // Touched only on the queue: each watched folder by path, and by watch.
        private var watches: [String: Int32] = [:]
        private var paths: [Int32: String] = [:]

        /// What is reported: a file closed after writing, moved in or out, created (a folder; a
        /// file counts once written), deleted, or touched.
        private static let mask = UInt32(
            IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_ONLYDIR)

        /// Nil when the system offers no such events; `onChange` runs on `queue`.
        init?(queue: DispatchQueue, onChange: @escaping @Sendable (Heard) -> Void) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            let descriptor = descriptor
            source.setCancelHandler { close(descriptor) }
            source.setEventHandler { [weak self] in
                guard let self, let heard = readEvents() else { return }
                onChange(heard)
            }
        }

        /// Watches the folders of `folders` not watched yet; those that went away were dropped by
        /// the kernel. Call on the queue.
        func watch(_ folders: some Sequence<String>) {
            for folder in folders where watches[folder] == nil {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                // Past the system's limit of watches, polling alone sees the rest.
                guard watch >= 0 else { continue }
                watches[folder] = watch
                paths[watch] = folder
            }
        }

        func resume() {
            source.resume()
        }

        func cancel() {
            source.cancel()
        }

        /// Reads what is queued; nil when none of it may change what the watcher sees. Names
        /// starting with `.` (an editor's temporary file) are skipped, as the content loader
        /// skips them; a new file is skipped until it is closed.
        private func readEvents() -> Heard? {
            var heard: Heard?
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            while case let count = read(descriptor, buffer, size), count > 0 {
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                    let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                    if let more = self.heard(event, name: name) { heard = heard?.adding(more) ?? more }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
            }
            return heard
        }

        private func heard(_ event: inotify_event, name: String) -> Heard? {
            let folder = paths[event.wd]
            if event.mask & UInt32(IN_IGNORED) != 0, let path = paths.removeValue(forKey: event.wd) {
                watches[path] = nil
            }
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { return .anything }
            guard !name.hasPrefix("."), !name.isEmpty else { return nil }
            if event.mask & UInt32(IN_ISDIR) != 0 { return .anything }
            // A new file counts once it is closed after writing.
            guard event.mask & UInt32(IN_CREATE) == 0 else { return nil }
            guard let folder else { return .anything }
            return .files([folder + "/" + name])
        }
    #else
        init?(queue: DispatchQueue, onChange: @escaping @Sendable (Heard) -> Void) {
            return nil
        }

        func watch(_ folders: some Sequence<String>) {}
        func resume() {}
        func cancel() {}
    #endif
}
