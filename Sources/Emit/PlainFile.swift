#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a new file with one `open`/`write`/`close`. Foundation's `Data.write` also flushes
/// each file to the disk, which made writing the largest part of a build; the site appears in
/// one swap at the end, so a file cut short by a crash is never seen.
enum PlainFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32

        var description: String {
            "no se pudo escribir «\(path)»: \(String(cString: strerror(code)))"
        }
    }

    /// - Parameter unlessSame: leave a file that already holds exactly these bytes alone: most
    ///   pages of a rebuild come out as they were, and comparing them costs far less than
    ///   writing them (which also keeps their dates, so copies and uploads skip them).
    static func write(_ text: String, to path: String, unlessSame: Bool = false) throws(Failure) {
        var text = text
        try text.withUTF8 { bytes in
            Result { () throws(Failure) in try write(bytes, to: path, unlessSame: unlessSame) }
        }.get()
    }

    static func write(_ bytes: [UInt8], to path: String, unlessSame: Bool = false) throws(Failure) {
        try bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(Failure) in try write(bytes, to: path, unlessSame: unlessSame) }
        }.get()
    }

    /// Writes `pieces` one after another as one file.
    static func write(pieces: [[UInt8]], to path: String, unlessSame: Bool = false) throws(Failure) {
        if unlessSame, holds(pieces, at: path) { return }
        let descriptor = try create(path)
        var failure: Int32?
        for piece in pieces where failure == nil {
            failure = piece.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        }
        try close(descriptor, path: path, failure: failure)
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, unlessSame: Bool) throws(Failure) {
        if unlessSame, holds(bytes, at: path) { return }
        let descriptor = try create(path)
        try close(descriptor, path: path, failure: writeAll(bytes, to: descriptor))
    }

    private static func create(_ path: String) throws(Failure) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        return descriptor
    }

    /// The error number of a failed write, or nil.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    private static func close(_ descriptor: Int32, path: String, failure: Int32?) throws(Failure) {
        let closed = systemClose(descriptor)
        if let failure { throw Failure(path: path, code: failure) }
        if closed != 0 { throw Failure(path: path, code: errno) }
    }
}

extension PlainFile {
    fileprivate static func holds(_ pieces: [[UInt8]], at path: String) -> Bool {
        holds(count: pieces.reduce(0) { $0 + $1.count }, at: path) { matches in
            pieces.allSatisfy { $0.withUnsafeBufferPointer(matches) }
        }
    }

    fileprivate static func holds(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        holds(count: bytes.count, at: path) { matches in matches(bytes) }
    }

    /// True when the file at `path` exists, has `count` bytes, and `compare` finds them the same:
    /// it hands its pieces in order to the function it gets, which checks each against the next
    /// bytes of the file. Read a piece at a time: the search index of a large site is tens of
    /// megabytes.
    private static func holds(
        count: Int, at path: String, _ compare: ((UnsafeBufferPointer<UInt8>) -> Bool) -> Bool
    ) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { _ = systemClose(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == count else { return false }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        guard let buffer = chunk.baseAddress else { return false }
        return compare { piece in
            guard let expected = piece.baseAddress else { return true }
            var offset = 0
            while offset < piece.count {
                let read = systemRead(descriptor, buffer, min(chunk.count, piece.count - offset))
                if read < 0, errno == EINTR { continue }
                guard read > 0, memcmp(buffer, expected + offset, read) == 0 else { return false }
                offset += read
            }
            return true
        }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
    private let systemRead = Glibc.read
    private let systemClose = Glibc.close
#else
    private let systemWrite = Darwin.write
    private let systemRead = Darwin.read
    private let systemClose = Darwin.close
#endif
