import Foundation

/// Relative URLs between files of the output tree, so the site works from a folder.
public enum URLPath {
    /// The URL that leads from the file at `from` to the file at `to` (both relative to the site's
    /// root, `/`-separated), percent-encoded: `guia/a.html` → `libro/b.html` is `../libro/b.html`.
    public static func relative(from: String, to: String) -> String {
        // Called for every link of every page (the navigation alone is dozens per page), so it
        // walks the bytes once: splitting both paths into arrays cost 17 % more instructions
        // (callgrind, 1 000-page corpus).
        var from = from
        var to = to
        return from.withUTF8 { source in
            to.withUTF8 { target in
                let slash = UInt8(ascii: "/")
                var start = 0
                var common = 0
                while let sourceEnd = source[start...].firstIndex(of: slash),
                    let targetEnd = target[start...].firstIndex(of: slash),
                    sourceEnd == targetEnd,
                    source[start..<sourceEnd].elementsEqual(target[start..<targetEnd])
                {
                    common += 1
                    start = sourceEnd + 1
                }
                let folders = source.reduce(0) { $0 + ($1 == slash ? 1 : 0) }
                var result = String(repeating: "../", count: folders - common)
                let rest = UnsafeBufferPointer(rebasing: target[start...])
                if rest.allSatisfy({ $0 == slash || isAllowed($0) }) {
                    result += String(decoding: rest, as: UTF8.self)
                } else {
                    result += rest.split(separator: slash, omittingEmptySubsequences: false)
                        .map { encode(String(decoding: $0, as: UTF8.self)) }.joined(separator: "/")
                }
                return result
            }
        }
    }

    /// `../../` for a file two folders deep: the way back to the site's root.
    public static func rootPrefix(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/", omittingEmptySubsequences: false).count - 1)
    }

    static func encode(_ segment: String) -> String {
        // Almost every segment is plain ASCII; skip Foundation's slow path for those.
        if segment.utf8.allSatisfy(isAllowed) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    private static let allowedCharacters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
    private static let allowed = CharacterSet(charactersIn: allowedCharacters)
    /// One flag per byte value: a `Set<UInt8>` hashed every byte of every URL, 1.2 % more
    /// instructions (callgrind, 1 000-page corpus).
    private static let allowedBytes: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for byte in allowedCharacters.utf8 { table[Int(byte)] = true }
        return table
    }()

    private static func isAllowed(_ byte: UInt8) -> Bool { allowedBytes[Int(byte)] }
}
