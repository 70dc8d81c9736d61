/// A file of the built site as the offline reader lists it: its path, its size and a digest of
/// its bytes. `sw.js` carries the list and a version made from it.
public struct BuiltFile: Sendable, Equatable {
    /// Path relative to the site root, `/`-separated.
    public let path: String
    public let size: Int
    public let digest: UInt64

    public init(path: String, size: Int, digest: UInt64) {
        self.path = path
        self.size = size
        self.digest = digest
    }

    /// A version for a whole site: a digest of its files' paths, sizes and digests, in path order,
    /// so it changes exactly when a file is added, removed or changed.
    public static func version(of files: [BuiltFile]) -> String {
        var digest = ContentDigest()
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            digest.add(file.path)
            digest.add(String(file.size))
            digest.add(String(file.digest, radix: 16))
        }
        return digest.hex
    }
}
