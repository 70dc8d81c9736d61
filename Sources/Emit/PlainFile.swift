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

    static func write(_ text: String, to path: String) throws(Failure) {
        var text = text
        try text.withUTF8 { bytes in Result { () throws(Failure) in try write(bytes, to: path) } }.get()
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try bytes.withUnsafeBufferPointer { bytes in Result { () throws(Failure) in try write(bytes, to: path) } }.get()
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        let failure: Int32? = {
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
        }()
        let closed = close(descriptor)
        if let failure { throw Failure(path: path, code: failure) }
        if closed != 0 { throw Failure(path: path, code: errno) }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#else
    private let systemWrite = Darwin.write
#endif
