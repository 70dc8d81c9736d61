import Foundation

/// Relative URLs between files of the output tree, so the site works from a folder.
public enum URLPath {
    /// The URL that leads from the file at `from` to the file at `to` (both relative to the site's
    /// root, `/`-separated), percent-encoded: `guia/a.html` → `libro/b.html` is `../libro/b.html`.
    public static func relative(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let toParts = to.split(separator: "/", omittingEmptySubsequences: false)
        let toFolders = toParts.dropLast()
        var common = 0
        while common < fromFolders.count, common < toFolders.count,
            fromFolders[fromFolders.startIndex + common] == toFolders[toFolders.startIndex + common]
        {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        let downs = toParts.dropFirst(common).map { encode(String($0)) }
        return (ups + downs).joined(separator: "/")
    }

    /// `../../` for a file two folders deep: the way back to the site's root.
    public static func rootPrefix(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }

    static func encode(_ segment: String) -> String {
        // Almost every segment is plain ASCII; skip Foundation's slow path for those.
        if segment.utf8.allSatisfy({ allowedBytes.contains($0) }) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    private static let allowedCharacters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
    private static let allowed = CharacterSet(charactersIn: allowedCharacters)
    private static let allowedBytes = Set(allowedCharacters.utf8)
}
