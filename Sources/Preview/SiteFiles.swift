import Foundation

/// Maps request paths onto files of the served folder. Any path that could reach outside it is
/// refused before the file system is touched; then the path is walked one segment at a time
/// from the folder's real path, and a segment that is a symbolic link is resolved on its own
/// and checked against the folder. The prefix walked so far is never resolved again, so the
/// work grows with the length of the path, not with its square.
struct SiteFiles: Sendable {
    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its final `/`; relative links need it.
        case redirect(String)
        case missing
        case refused
    }

    /// What one segment below a folder turned out to be.
    private enum Step {
        case inside(path: String, isFolder: Bool)
        case missing
        case outside
    }

    /// The served folder with symbolic links resolved; it need not exist yet.
    let root: URL
    private let rootPath: String

    /// `root` itself need not exist, but its parent must, so both resolve the same way.
    init(root: URL) {
        let parent = root.deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        self.root = parent.appendingPathComponent(root.lastPathComponent)
        rootPath = self.root.path
    }

    /// `404.html`, which a built site always has.
    var notFoundPage: URL? {
        guard case .file(let page) = resolve("/404.html") else { return nil }
        return page
    }

    /// Resolves a request target's path as it arrived, still percent-encoded.
    func resolve(_ rawPath: String) -> Resolution {
        guard let path = rawPath.removingPercentEncoding, path.hasPrefix("/"),
            !path.contains("\\"), !path.contains("\0")
        else { return .refused }
        let segments = path.split(separator: "/").filter { $0 != "." }
        guard !segments.contains("..") else { return .refused }

        var found = Self.isFolder(rootPath) ? Step.inside(path: rootPath, isFolder: true) : .missing
        for segment in segments {
            guard case .inside(let folder, let isFolder) = found else { break }
            found = isFolder ? step(into: folder, segment) : .missing
        }
        switch found {
        case .outside: return .refused
        case .missing: return .missing
        case .inside(let file, false): return .file(URL(fileURLWithPath: file, isDirectory: false))
        case .inside(let folder, true):
            guard path.hasSuffix("/") else { return .redirect(Self.folderLocation(segments)) }
            switch step(into: folder, "index.html") {
            case .inside(let index, false): return .file(URL(fileURLWithPath: index, isDirectory: false))
            case .inside, .missing: return .missing
            case .outside: return .refused
            }
        }
    }

    /// One segment below a folder whose path is already real. Only a symbolic link needs
    /// resolving, and its real path is no longer than the folders it names.
    private func step(into folder: String, _ name: Substring) -> Step {
        let candidate = folder + "/" + name
        var info = stat()
        guard lstat(candidate, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFLNK else {
            return .inside(path: candidate, isFolder: info.st_mode & S_IFMT == S_IFDIR)
        }
        // A link that leads nowhere may still name a place outside; it is refused as well.
        guard let resolved = realpath(candidate, nil) else { return .outside }
        defer { free(resolved) }
        let real = String(cString: resolved)
        guard real == rootPath || real.hasPrefix(rootPath + "/") else { return .outside }
        return .inside(path: real, isFolder: Self.isFolder(real))
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Rebuilt from the checked segments, so a path like `//host` cannot redirect elsewhere.
    private static func folderLocation(_ segments: [Substring]) -> String {
        let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "" }
        return "/" + encoded.joined(separator: "/") + "/"
    }
}
