import Foundation

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

    private let archive: ZipDirectory
    /// Entries by lowercased path: part names are case-insensitive (ECMA-376 part 2, 9.1.1.1).
    private let entries: [String: ZipDirectory.Entry]
    private let limits: Limits
    private var inflated = 0

    init(_ data: Data, limits: Limits) throws(WorkbookProblem) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw ReadingProblem.oldFormatOrPassword }
        do {
            archive = try ZipDirectory(data, maximumEntries: limits.entries)
        } catch .tooManyEntries {
            throw ReadingProblem.tooManyParts
        } catch .notAZip {
            throw ReadingProblem.notAZip
        } catch {
            throw ReadingProblem.damaged("el índice del archivo comprimido")
        }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in archive.entries where !entry.path.hasSuffix("/") {
            let path = entry.path.lowercased()
            let key = path.hasPrefix("/") ? String(path.dropFirst()) : path
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
        self.limits = limits
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The part's bytes; nil when the package has no such part.
    func read(_ path: String) throws(WorkbookProblem) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let cap = max(0, min(limits.part, limits.total - inflated))
        let problem = ReadingProblem.tooLarge(path, limit: cap == limits.part ? limits.part : limits.total)
        // The declared size may lie, so the inflated bytes are counted too.
        guard entry.uncompressedSize <= UInt64(cap) else { throw problem }
        let data: Data
        do {
            data = try archive.contents(of: entry, cap: cap)
        } catch .capReached {
            throw problem
        } catch .encrypted {
            throw ReadingProblem.oldFormatOrPassword
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
