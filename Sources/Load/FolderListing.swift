#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files and folders under a folder, as paths relative to it, read with `readdir`, whose
/// entry types spare a `stat` per file: content and sites hold tens of thousands.
public struct FolderListing: Sendable {
    public private(set) var files: Set<String> = []
    public private(set) var folders: Set<String> = []
    /// False when the folder itself could not be read.
    public private(set) var isReadable = true
    private let includesHidden: Bool

    /// Nothing: a folder that does not exist yet.
    public init() {
        includesHidden = true
    }

    /// - Parameter includesHidden: whether names starting with `.` (`.git`, `.DS_Store`) count.
    public init(of root: String, includesHidden: Bool = true) {
        self.includesHidden = includesHidden
        isReadable = walk(root, prefix: "")
    }

    @discardableResult
    private mutating func walk(_ path: String, prefix: String) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", includesHidden || !name.hasPrefix(".") else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                folders.insert(relative)
                walk(path + "/" + name, prefix: relative)
            case Int32(DT_REG):
                files.insert(relative)
            default:
                // A link, or a file system that does not say: ask, following links.
                var status = stat()
                guard stat(path + "/" + name, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    folders.insert(relative)
                    walk(path + "/" + name, prefix: relative)
                } else if status.st_mode & S_IFMT == S_IFREG {
                    files.insert(relative)
                }
            }
        }
        return true
    }
}
