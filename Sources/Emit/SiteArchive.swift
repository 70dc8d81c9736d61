import Foundation
import ZIPFoundation

/// EMIT for `libro construir --zip`: the built site as one archive that works unzipped anywhere,
/// since every link is relative. Entries are sorted and dated alike, so the same site gives the
/// same archive.
public enum SiteArchive {
    /// A fixed date for every entry (zip dates have no time zone).
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// Writes the files of `site` under a folder named like it into `archive`, replacing it whole.
    /// The caller holds the `OutputLock` of the folder, so any temporary archive found there was
    /// left by a build that was killed, and is removed.
    public static func write(_ site: URL, to archive: URL) throws(SiteWriter.Failure) {
        let fileManager = FileManager.default
        let folder = archive.deletingLastPathComponent()
        let prefix = ".\(archive.lastPathComponent).nuevo-"
        for entry in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] where entry.hasPrefix(prefix) {
            try? fileManager.removeItem(at: folder.appendingPathComponent(entry))
        }
        let staging = folder.appendingPathComponent(prefix + UUID().uuidString)
        do {
            let zip = try Archive(url: staging, accessMode: .create)
            let root = site.lastPathComponent
            for path in try files(in: site) {
                let data = try Data(contentsOf: site.appendingPathComponent(path))
                try zip.addEntry(
                    with: "\(root)/\(path)", type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: entryDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            if fileManager.fileExists(atPath: archive.path) { try fileManager.removeItem(at: archive) }
            try fileManager.moveItem(at: staging, to: archive)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw SiteWriter.Failure(
                description: "no se pudo escribir «\(archive.path)»: \(error.localizedDescription)")
        }
    }

    private static func files(in folder: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
