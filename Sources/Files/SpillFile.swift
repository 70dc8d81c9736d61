import Foundation

/// A temporary file for bytes a large build would otherwise hold until its end (prepared page
/// bodies, the search index's text). It has no name from the moment it is made, so it goes
/// when the last reference to it does, however the build ends. Safe from any thread.
public final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var size: Int64 = 0

    /// Nil when no temporary file can be made: the caller keeps its bytes in memory.
    public init?() {
        var template = Array(
            FileManager.default.temporaryDirectory.appendingPathComponent("libro-XXXXXX").path.utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        unlink(template)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `bytes` at the end of the file; where they start, or nil when they could not be
    /// written (a full disk): the caller keeps them in memory then.
    public func append(_ bytes: [UInt8]) -> Int64? {
        let offset = lock.withLock {
            defer { size += Int64(bytes.count) }
            return size
        }
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { buffer in
                pwrite(
                    descriptor, buffer.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset) + off_t(done))
            }
            guard wrote > 0 else { return nil }
            done += wrote
        }
        return offset
    }

    /// The `count` bytes written at `offset`.
    public func read(from offset: Int64, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
            }
            // What `append` wrote is there until the file goes: only a failing disk stops this.
            guard got > 0 else { preconditionFailure("libro no pudo volver a leer su archivo temporal") }
            done += got
        }
        return bytes
    }
}
