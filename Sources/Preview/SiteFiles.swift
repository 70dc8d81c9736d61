import Foundation

/// Maps request paths onto files of the served folder. Any path that could reach outside it is
/// refused before the file system is touched, and what the file system resolves (symbolic
/// links included) is checked again against the folder.
struct SiteFiles: Sendable {
    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its final `/`; relative links need it.
        case redirect(String)
        case missing
        case refused
    }

    /// The served folder with symbolic links resolved; it need not exist yet.
    let root: URL

    /// `root` itself need not exist, but its parent must, so both resolve the same way.
    init(root: URL) {
        let parent = root.deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        self.root = parent.appendingPathComponent(root.lastPathComponent)
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

        // Step by step, so a link that leads out is refused whether or not the rest exists.
        var found = root
        for segment in segments {
            guard let next = contained(found.appendingPathComponent(String(segment))) else { return .refused }
            found = next
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: found.path, isDirectory: &isFolder) else { return .missing }
        guard isFolder.boolValue else { return .file(found) }
        guard path.hasSuffix("/") else { return .redirect(Self.folderLocation(segments)) }
        guard let index = contained(found.appendingPathComponent("index.html")) else { return .refused }
        guard FileManager.default.fileExists(atPath: index.path, isDirectory: &isFolder), !isFolder.boolValue
        else { return .missing }
        return .file(index)
    }

    /// The path with symbolic links followed, if it is still inside the folder.
    private func contained(_ candidate: URL) -> URL? {
        let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath()
        let inside = resolved.path == root.path || resolved.path.hasPrefix(root.path + "/")
        return inside ? resolved : nil
    }

    /// Rebuilt from the checked segments, so a path like `//host` cannot redirect elsewhere.
    private static func folderLocation(_ segments: [Substring]) -> String {
        let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "" }
        return "/" + encoded.joined(separator: "/") + "/"
    }
}
