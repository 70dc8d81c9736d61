import Foundation

/// What sections wrote for `TemplateObject`s with a memo key, kept for the rest of the build.
/// Each page's render takes one table from the pool and gives it back, so a table is only ever
/// used by one thread at a time.
final class TemplateMemo: @unchecked Sendable {
    struct Key: Hashable {
        let program: ObjectIdentifier
        let step: Int
        let escaping: TemplateEscaping
        let indentation: [UInt8]
        let memo: TemplateObject.Memo

        /// Hashes only what tells apart the keys of one build's entries (the step and the
        /// object's numbers); the rest is compared on a match.
        func hash(into hasher: inout Hasher) {
            hasher.combine(step)
            hasher.combine(memo)
        }
    }

    typealias Table = [Key: [UInt8]]

    private let lock = NSLock()
    private var idle: [Table] = []

    func withTable<Result>(_ work: (inout Table) -> Result) -> Result {
        var table = lock.withLock { idle.popLast() } ?? [:]
        defer { lock.withLock { idle.append(table) } }
        return work(&table)
    }
}
