import Foundation
import ZIPFoundation

/// The parts of an `.xlsx` package (a zip archive), inflated on demand up to a cap per part and
/// for the whole file: a zip bomb stops at the cap instead of filling the memory.
final class PackageParts {
    /// How much the reader inflates before it gives up.
    struct Limits: Sendable {
        var part: Int
        var total: Int
        var entries: Int

        /// Far beyond any workbook of an organization's data, far below what would hurt a laptop.
        static let standard = Limits(part: 100_000_000, total: 200_000_000, entries: 10_000)
    }

    private struct CapReached: Error {}

    private let archive: Archive
    /// Entries by lowercased path: part names are case-insensitive (ECMA-376 part 2, 9.1.1.1).
    private let entries: [String: Entry]
    private let limits: Limits
    private var inflated = 0

    init(_ data: Data, limits: Limits) throws(WorkbookProblem) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw ReadingProblem.oldFormatOrPassword }
        guard data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read) else {
            throw ReadingProblem.notAZip
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            guard entries.count < limits.entries else { throw ReadingProblem.tooManyParts }
            let path = entry.path.lowercased()
            let key = path.hasPrefix("/") ? String(path.dropFirst()) : path
            if entries[key] == nil { entries[key] = entry }
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The part's bytes; nil when the package has no such part.
    func read(_ path: String) throws(WorkbookProblem) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let cap = min(limits.part, limits.total - inflated)
        let problem = ReadingProblem.tooLarge(path, limit: cap == limits.part ? limits.part : limits.total)
        // The declared size may lie, so the inflated bytes are counted too.
        guard entry.uncompressedSize <= UInt64(max(cap, 0)) else { throw problem }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= cap else { throw CapReached() }
                data.append(chunk)
            }
        } catch is CapReached {
            throw problem
        } catch {
            throw ReadingProblem.damaged(path)
        }
        inflated += data.count
        return data
    }

    /// The part's bytes, or a problem naming it when it is missing.
    func require(_ path: String) throws(WorkbookProblem) -> Data {
        guard let data = try read(path) else { throw ReadingProblem.missing(path) }
        return data
    }
}
