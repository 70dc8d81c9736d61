import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps two builds from writing beside the same output at once: each would take the other's
/// hidden folder and temporary archive for what a killed build left behind, and remove it. A
/// build waits for the one before it; the system releases the lock when a process ends, even
/// when it is killed, so a lock is never left behind.
public final class OutputLock: Sendable {
    private let descriptor: Int32

    /// Waits until no other build holds the folder `output` is in, then holds it. Without a
    /// folder to lock (it does not exist yet) it holds nothing: writing will fail and say why.
    public init(for output: URL) {
        let parent = output.standardizedFileURL.deletingLastPathComponent().path
        descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
