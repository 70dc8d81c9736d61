#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about a file that changes whenever its bytes do: size, inode and the times
/// of the last write and status change, to the nanosecond. A rebuild reads again only the files
/// whose stamp changed; an editor that saves by writing a new file changes the inode as well.
public struct FileStamp: Sendable, Equatable {
    /// The file's size in bytes.
    public let size: Int64
    private let inode: UInt64
    private let modified: timespec
    private let changed: timespec

    /// Nil when the file cannot be read.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
        #if canImport(Darwin)
            modified = status.st_mtimespec
            changed = status.st_ctimespec
        #else
            modified = status.st_mtim
            changed = status.st_ctim
        #endif
    }

    public static func == (left: FileStamp, right: FileStamp) -> Bool {
        left.size == right.size && left.inode == right.inode
            && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
            && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
    }
}
