import CSwap
import Files
import Foundation
import Model
import Workers

/// EMIT: the only code that writes the output folder. The new site is written into a hidden
/// folder beside it, which is then swapped in, so the output is always a whole site: the
/// previous one if anything fails, the new one once it succeeds. Files may arrive in batches,
/// from any worker; one queue creates them all (`WriteQueue`).
///
/// The hidden folder is the previous site (`.site.anterior`), kept after each swap: writing over
/// its files and removing the few that went away is several times faster than creating every
/// file anew and deleting the old ones, which is what a large site spends most on.
public struct SiteWriter: Sendable {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// `.site.anterior` beside `site/`.
    public static func stagingFolder(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).anterior")
    }

    private let output: URL
    private let staging: URL
    private let stagingPath: String
    /// What the folder held before: the files not written again are removed at the end.
    private let previous: FolderListing
    private var folders: Set<String> = [""]
    private var written: Set<String> = []
    private let digests = WrittenDigests()
    private let queue = WriteQueue()

    /// Gets the hidden folder ready for a new site for `output`.
    public init(for output: URL) throws(Failure) {
        let fileManager = FileManager.default
        self.output = output.standardizedFileURL
        staging = Self.stagingFolder(for: output)
        stagingPath = staging.path
        Self.removeLeftovers(of: self.output, in: staging.deletingLastPathComponent())
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: staging.path, isDirectory: &isFolder), isFolder.boolValue {
            previous = FolderListing(of: staging.path)
            folders.formUnion(previous.folders)
        } else {
            previous = FolderListing()
            do {
                try? fileManager.removeItem(at: staging)
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "no se pudo escribir «\(self.output.path)»: \(error.localizedDescription)")
            }
        }
    }

    /// The folder the new site is being written into, and the files written there so far: what
    /// the offline reader lists once every other file is written.
    public var folder: URL { staging }
    public var writtenPaths: Set<String> { written }
    /// What `write(_:)` wrote, by path, with each file's size and digest.
    public var writtenFiles: [String: BuiltFile] { digests.all }

    /// Writes files into the new site, and waits until they and every file given to `write(_:)`
    /// before them are in it.
    public mutating func add(_ files: [OutputFile]) throws(Failure) {
        try expect(files.map(\.path))
        let writer = self
        // Each file's bytes are read and digested on every core; the queue creates them.
        let failures = Parallel.map(files.count) { index -> Failure? in
            do throws(Failure) {
                try writer.write(files[index])
                return nil
            } catch {
                return error
            }
        }
        let failure = failures.compactMap({ $0 }).first
        do throws(Failure) {
            try flush()
        } catch {
            throw failure ?? error
        }
        if let failure { throw failure }
    }

    /// Makes the folders for files that will be written with `write(_:)`; everything else the
    /// previous site held is removed by `finish()`.
    public mutating func expect(_ paths: [String]) throws(Failure) {
        let needed = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).subtracting(folders)
        for folder in needed.sorted() {
            let url = staging.appendingPathComponent(folder)
            // A file of the previous site may stand where a folder now goes.
            if previous.files.contains(folder) { try? FileManager.default.removeItem(at: url) }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "no se pudo crear la carpeta «\(folder)»: \(error.localizedDescription)")
            }
        }
        folders.formUnion(needed)
        written.formUnion(paths)
    }

    /// Hands one file whose folder `expect(_:)` made to the queue that creates the site's files;
    /// safe from any thread. It is in the folder once `add(_:)` or `finish()` returns; a failure
    /// to write it is thrown by a later call.
    public func write(_ file: OutputFile) throws(Failure) {
        let contents = try Self.bytes(of: file)
        digests.record(file.path) { add in contents.forEachPiece(add) }
        // By path, without building a URL per file: this runs for every page.
        let destination = stagingPath + "/" + file.path
        // A folder of the previous site may stand where a file now goes.
        let replacesFolder = previous.folders.contains(file.path)
        // A file the previous site also had is often the same again.
        let existed = previous.files.contains(file.path)
        try queue.submit { () throws(Failure) in
            do {
                if replacesFolder { try FileManager.default.removeItem(atPath: destination) }
                try contents.write(to: destination, unlessSame: existed)
            } catch let failure as PlainFile.Failure {
                throw Failure(description: failure.description)
            } catch {
                throw Failure(description: "no se pudo escribir «\(destination)»: \(error.localizedDescription)")
            }
        }
    }

    /// Waits until every file given to `write(_:)` is in the folder; throws the first failure.
    public func flush() throws(Failure) {
        try queue.drain()
    }

    /// A copied file's bytes, read by the caller's worker: compared and written like any other
    /// file, so an image that did not change keeps its date.
    private static func bytes(of file: OutputFile) throws(Failure) -> FileBytes {
        do {
            return try FileBytes(file.contents)
        } catch {
            throw Failure(description: "no se pudo copiar «\(file.path)»: \(error.localizedDescription)")
        }
    }

    /// Removes what the previous site had and this one does not, then puts the new site in
    /// place of the old one, which becomes the hidden folder for the next build.
    public func finish() throws(Failure) {
        try flush()
        let fileManager = FileManager.default
        for file in previous.files.subtracting(written) {
            try? fileManager.removeItem(at: staging.appendingPathComponent(file))
        }
        for folder in previous.folders.subtracting(folders).sorted(by: >) {
            try? fileManager.removeItem(at: staging.appendingPathComponent(folder))
        }
        do {
            try Self.swap(staging, into: output)
        } catch {
            throw Failure(description: "no se pudo escribir «\(output.path)»: \(error.localizedDescription)")
        }
    }

    /// Puts `staging` at `output` and the old `output` at `staging`. With an existing output the
    /// two are exchanged in one step where the system allows it, so `output` never goes missing.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if libro_exchange_paths(staging.path, output.path) == 0 { return }
        let aside = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).cambio-\(UUID().uuidString)")
        try fileManager.moveItem(at: output, to: aside)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: aside, to: output)
            throw error
        }
        try? fileManager.moveItem(at: aside, to: staging)
    }

    /// Removes temporary folders that earlier versions left behind, and puts back a site that a
    /// swap cut short had set aside.
    private static func removeLeftovers(of output: URL, in parent: URL) {
        let fileManager = FileManager.default
        let name = output.lastPathComponent
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).cambio-"), !fileManager.fileExists(atPath: output.path) {
                try? fileManager.moveItem(at: url, to: output)
            } else if entry.hasPrefix(".\(name).nuevo-") || entry.hasPrefix(".\(name).anterior-")
                || entry.hasPrefix(".\(name).cambio-")
            {
                try? fileManager.removeItem(at: url)
            }
        }
    }
}
