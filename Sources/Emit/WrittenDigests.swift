import Foundation
import Model

/// The size and digest of each file `SiteWriter` wrote, taken from its bytes while they are in
/// memory: the offline reader's list then needs no second read of the whole site, which was
/// most of the time spent putting a large site in place (a read and a mapping of 20 000 files).
final class WrittenDigests: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: BuiltFile] = [:]

    /// Records the file at `path` as the bytes `pieces` hand over, one piece after another.
    func record(_ path: String, _ pieces: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        var digest = ContentDigest()
        var size = 0
        pieces { bytes in
            digest.add(bytes)
            size += bytes.count
        }
        let file = BuiltFile(path: path, size: size, digest: digest.value)
        lock.withLock { files[path] = file }
    }

    var all: [String: BuiltFile] { lock.withLock { files } }
}
