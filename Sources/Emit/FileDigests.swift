import Files
import Foundation
import Model
import Workers

/// The size and digest of each file of a built site, for the list the offline reader's `sw.js`
/// carries. Each file is read once, on every core. Digests are remembered by path with the
/// file's stamp, so a rebuild into the same folder (`libro serve`) reads only what it wrote.
public struct FileDigests: Sendable {
    private struct Known: Sendable {
        /// Nil for a file whose digest came with it: it is read again if a later call finds it
        /// neither written nor kept.
        let stamp: FileStamp?
        let file: BuiltFile
    }

    private var known: [String: Known] = [:]
    /// The paths of `known`, sorted: a rebuild that adds and removes no file sorts nothing.
    private var order: [String] = []
    /// The files of `order`, as the last call returned them.
    private var listed: [BuiltFile] = []

    public init() {}

    /// The files at `paths` inside `folder`, in path order. `written`, when given, names every
    /// file written since the last call (a rebuild that changed the folder itself): the others
    /// are taken as remembered without a `stat`, which for a site of tens of thousands of files
    /// was most of the time a one-page edit took to write. `digested` gives files whose size
    /// and digest are already known (`SiteWriter.writtenFiles`): they are not read at all.
    public mutating func files(
        _ paths: some Collection<String>, in folder: URL, written: Set<String>? = nil,
        digested: [String: BuiltFile] = [:]
    ) throws(SiteWriter.Failure) -> [BuiltFile] {
        let same = sameFiles(paths)
        if same, let written, digested.isEmpty {
            return try refreshing(written, in: folder)
        }
        // An array first: `paths` is generic here, and its own `sorted` ran unspecialized.
        let paths = same ? order : Array(paths).sorted(by: Self.precedesInBytes)
        let base = folder.standardizedFileURL.path + "/"
        let known = self.known
        let found = Parallel.map(paths.count) { index -> Known? in
            let path = paths[index]
            if let file = digested[path] { return Known(stamp: nil, file: file) }
            if let written, !written.contains(path), let old = known[path] { return old }
            guard let stamp = FileStamp(path: base + path) else { return nil }
            if let old = known[path], old.stamp == stamp { return old }
            guard let digest = Self.digest(ofFileAt: base + path) else { return nil }
            return Known(stamp: stamp, file: BuiltFile(path: path, size: Int(stamp.size), digest: digest))
        }
        var fresh: [String: Known] = [:]
        fresh.reserveCapacity(paths.count)
        for (path, entry) in zip(paths, found) {
            guard let entry else { throw SiteWriter.Failure(description: "no se pudo leer «\(base + path)»") }
            fresh[path] = entry
        }
        // Files that went away are forgotten with them.
        self.known = fresh
        order = paths
        listed = found.compactMap { $0?.file }
        return listed
    }

    /// The same files as the last call, of which only `written` may have changed: those are
    /// stamped (and read when their stamp changed) and put in place in the last list, so a
    /// one-page edit does not go over the tens of thousands of files of a large site.
    private mutating func refreshing(_ written: Set<String>, in folder: URL) throws(SiteWriter.Failure) -> [BuiltFile] {
        let base = folder.standardizedFileURL.path + "/"
        for path in written {
            guard let old = known[path], let place = place(of: path) else { continue }
            guard let stamp = FileStamp(path: base + path) else {
                throw SiteWriter.Failure(description: "no se pudo leer «\(base + path)»")
            }
            if old.stamp == stamp { continue }
            guard let digest = Self.digest(ofFileAt: base + path) else {
                throw SiteWriter.Failure(description: "no se pudo leer «\(base + path)»")
            }
            let file = BuiltFile(path: path, size: Int(stamp.size), digest: digest)
            known[path] = Known(stamp: stamp, file: file)
            listed[place] = file
        }
        return listed
    }

    /// Where `path` is in `order`, found by halves since `order` is sorted.
    private func place(of path: String) -> Int? {
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            if Self.precedesInBytes(order[middle], path) { low = middle + 1 } else { high = middle }
        }
        return low < order.count && order[low] == path ? low : nil
    }

    /// True when `left`'s UTF-8 bytes sort before `right`'s, compared with `memcmp`: a site's
    /// paths share long beginnings, and `utf8.lexicographicallyPrecedes`, a byte at a time and
    /// unspecialized, made sorting the 2 800 paths of a 1 000-page site 81 M instructions
    /// (callgrind), 1.5 % of its build.
    static func precedesInBytes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { left in
            right.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let first = left.baseAddress, let second = right.baseAddress {
                    let order = memcmp(first, second, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }

    /// Whether `paths` are the files remembered, no more and no fewer (paths are unique).
    private func sameFiles(_ paths: some Collection<String>) -> Bool {
        paths.count == known.count && paths.allSatisfy { known[$0] != nil }
    }

    /// Mapped rather than read: the search index alone may be tens of megabytes.
    private static func digest(ofFileAt path: String) -> UInt64? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        var digest = ContentDigest()
        data.withUnsafeBytes { digest.add($0) }
        return digest.value
    }
}
