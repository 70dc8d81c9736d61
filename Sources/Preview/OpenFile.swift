import Foundation
import NIOCore

/// A site file opened for one answer, closed when the answer lets go of it. Its length is taken
/// from the open file, so a rebuild that renames a new version over it mid-answer changes
/// neither the bytes sent nor the length promised.
final class OpenFile: Sendable {
    let size: Int
    private let descriptor: Int32

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.lastError() }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = Self.lastError()
            close(descriptor)
            throw error
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// `count` bytes from `offset`, fewer only when the file ends sooner.
    func read(at offset: Int, count: Int, allocator: ByteBufferAllocator) throws -> ByteBuffer {
        var buffer = allocator.buffer(capacity: count)
        while buffer.readableBytes < count {
            let done = buffer.readableBytes
            let wanted = count - done
            let read = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { raw in
                let read = pread(descriptor, raw.baseAddress, wanted, off_t(offset + done))
                guard read >= 0 else { throw Self.lastError() }
                return read
            }
            if read == 0 { break }
        }
        return buffer
    }

    /// The whole file, for pages that get the live-reload script.
    func readAll() throws -> [UInt8] {
        let bytes = try read(at: 0, count: size, allocator: ByteBufferAllocator())
        return Array(bytes.readableBytesView)
    }

    private static func lastError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
