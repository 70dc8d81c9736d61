import CSwap
import Foundation
import Model

/// EMIT: the only code that writes the output folder. Files go into a hidden temporary folder
/// beside it, which is then swapped in, so the output is always a whole site: the previous one
/// if anything fails, the new one once it succeeds.
public enum SiteWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ files: [OutputFile], to output: URL) throws(Failure) {
        let fileManager = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        removeLeftovers(of: name, in: parent)

        let staging = parent.appendingPathComponent(".\(name).nuevo-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
            for folder in folders where !folder.isEmpty {
                try fileManager.createDirectory(
                    at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            // Files are independent once their folders exist, so they are written on every core.
            let failures = Parallel.map(files.count) { index -> String? in
                do {
                    try write(files[index], into: staging)
                    return nil
                } catch let failure as PlainFile.Failure {
                    return failure.description
                } catch {
                    return "no se pudo copiar «\(files[index].path)»: \(error.localizedDescription)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw Failure(description: failure) }
            try swap(staging, into: output)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw (error as? Failure)
                ?? Failure(description: "no se pudo escribir «\(output.path)»: \(error.localizedDescription)")
        }
    }

    private static func write(_ file: OutputFile, into folder: URL) throws {
        let destination = folder.appendingPathComponent(file.path)
        switch file.contents {
        case .text(let text):
            try PlainFile.write(text, to: destination.path)
        case .copy(let source):
            try FileManager.default.copyItem(at: source, to: destination)
        }
    }

    /// Puts `staging` at `output`. With an existing output the two are exchanged in one step
    /// where the system allows it, so `output` never goes missing.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if libro_exchange_paths(staging.path, output.path) == 0 {
            try? fileManager.removeItem(at: staging)
            return
        }
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).anterior-\(UUID().uuidString)")
        try fileManager.moveItem(at: output, to: previous)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: previous, to: output)
            throw error
        }
        try? fileManager.removeItem(at: previous)
    }

    /// Removes temporary folders left by builds that were killed half-way.
    private static func removeLeftovers(of name: String, in parent: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names where entry.hasPrefix(".\(name).nuevo-") || entry.hasPrefix(".\(name).anterior-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
