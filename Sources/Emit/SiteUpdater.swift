import Foundation
import Model
import Workers

/// EMIT for a rebuild (`libro servir`): changes a site in place, writing only the files that
/// changed and removing those that went away. Each file is written under a hidden name beside
/// its place and renamed over it, so whoever reads the folder meanwhile (the preview server)
/// gets the old file or the new one, never half of one.
public struct SiteUpdater: Sendable {
    private let folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    public func apply(write files: [OutputFile], remove paths: [String]) throws(SiteWriter.Failure) {
        let fileManager = FileManager.default
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        for relative in folders.sorted() {
            do {
                try fileManager.createDirectory(
                    at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
            } catch {
                throw SiteWriter.Failure(
                    description: "no se pudo crear la carpeta «\(relative)»: \(error.localizedDescription)")
            }
        }
        let failures = Parallel.map(files.count) { index -> SiteWriter.Failure? in
            do throws(SiteWriter.Failure) {
                try replace(files[index])
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        for path in paths { try? fileManager.removeItem(at: folder.appendingPathComponent(path)) }
        // Folders left empty go too, deepest first, as a full build would not make them.
        let emptied = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
        for relative in emptied.sorted(by: >) {
            var current = relative
            while !current.isEmpty {
                let url = folder.appendingPathComponent(current)
                guard (try? fileManager.contentsOfDirectory(atPath: url.path))?.isEmpty == true else { break }
                try? fileManager.removeItem(at: url)
                current = (current as NSString).deletingLastPathComponent
            }
        }
    }

    private func replace(_ file: OutputFile) throws(SiteWriter.Failure) {
        let destination = folder.appendingPathComponent(file.path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).nuevo")
        do {
            switch file.contents {
            case .text(let text): try PlainFile.write(text, to: temporary.path)
            case .bytes(let bytes): try PlainFile.write(bytes, to: temporary.path)
            case .pieces(let pieces): try PlainFile.write(pieces: pieces, to: temporary.path)
            case .copy(let source):
                try? FileManager.default.removeItem(at: temporary)
                try FileManager.default.copyItem(at: source, to: temporary)
            }
            guard rename(temporary.path, destination.path) == 0 else {
                throw PlainFile.Failure(path: destination.path, code: errno)
            }
        } catch let failure as PlainFile.Failure {
            throw SiteWriter.Failure(description: failure.description)
        } catch {
            throw SiteWriter.Failure(description: "no se pudo copiar «\(file.path)»: \(error.localizedDescription)")
        }
    }
}
