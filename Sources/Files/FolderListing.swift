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
    /// Symbolic links that lead outside the folder, or back into a folder being listed: they
    /// are neither listed nor followed, so nothing outside the folder is ever read through them.
    public private(set) var refusedLinks: [String] = []
    /// Paths that Swift's strings take for one already listed, since they compare Unicode
    /// canonically: `café` written with a composed `é` and with `e` + accent. Linux keeps both
    /// files; the sets above hold only the first.
    public private(set) var collapsed: [String] = []
    /// False when the folder itself could not be read.
    public private(set) var isReadable = true
    private let includesHidden: Bool
    /// The folder with its links resolved: what a link may not leave.
    private var resolvedRoot = ""

    /// Nothing: a folder that does not exist yet.
    public init() {
        includesHidden = true
    }

    /// - Parameter includesHidden: whether names starting with `.` (`.git`, `.DS_Store`) count.
    public init(of root: String, includesHidden: Bool = true) {
        self.includesHidden = includesHidden
        resolvedRoot = Self.resolve(root) ?? root
        isReadable = walk(root, prefix: "", chain: [resolvedRoot])
    }

    private static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True for a link that stays inside the listed folder and does not lead back to a folder
    /// the walk is already in (`chain`, resolved), which would list it again without end.
    private func isFollowable(_ path: String, chain: [String]) -> Bool {
        guard let target = Self.resolve(path), target == resolvedRoot || target.hasPrefix(resolvedRoot + "/")
        else { return false }
        return !chain.contains { $0 == target || $0.hasPrefix(target + "/") }
    }

    @discardableResult
    private mutating func walk(_ path: String, prefix: String, chain: [String]) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", includesHidden || !name.hasPrefix(".") else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let full = path + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                if !folders.insert(relative).inserted { collapsed.append(relative) }
                walk(full, prefix: relative, chain: chain + [(chain.last ?? "") + "/" + name])
            case Int32(DT_REG):
                if !files.insert(relative).inserted { collapsed.append(relative) }
            default:
                // A link, or a file system that does not say: ask without following, then
                // follow only links that stay inside.
                var status = stat()
                guard lstat(full, &status) == 0 else { continue }
                var next = (chain.last ?? "") + "/" + name
                if status.st_mode & S_IFMT == S_IFLNK {
                    guard isFollowable(full, chain: chain), stat(full, &status) == 0 else {
                        refusedLinks.append(relative)
                        continue
                    }
                    next = Self.resolve(full) ?? next
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if !folders.insert(relative).inserted { collapsed.append(relative) }
                    walk(full, prefix: relative, chain: chain + [next])
                } else if status.st_mode & S_IFMT == S_IFREG {
                    if !files.insert(relative).inserted { collapsed.append(relative) }
                }
            }
        }
        return true
    }
}
