import Foundation
import Model

/// The index's term shards and text chunks as last written, kept between rebuilds
/// (`libro serve`), so writing the index again costs the pieces a rebuilt page touched: its terms'
/// shards and its sections' chunks. A full build keeps none: for a large site they are tens of
/// megabytes held for nothing.
final class PieceCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Prefix key → the shard's file and its terms' whole lists.
    private var shards: [String: [OutputFile]] = [:]
    /// Chunk number → its file, for chunks of `chunkSize` sections.
    private var chunks: [Int: OutputFile] = [:]
    private var chunkSize = 0

    func shard(_ prefix: String) -> [OutputFile]? {
        lock.withLock { shards[prefix] }
    }

    func keep(shard files: [OutputFile], for prefix: String) {
        lock.withLock { shards[prefix] = files }
    }

    /// The kept chunk, if chunks still hold `size` sections.
    func chunk(_ number: Int, size: Int) -> OutputFile? {
        lock.withLock { chunkSize == size ? chunks[number] : nil }
    }

    func keep(chunk file: OutputFile, number: Int, size: Int) {
        lock.withLock {
            if chunkSize != size {
                chunks = [:]
                chunkSize = size
            }
            chunks[number] = file
        }
    }

    /// Forgets what a replaced page changed: the shards of its changed terms and the chunks of
    /// its changed sections.
    func forget(prefixes: Set<String>, sections: [Int32]) {
        lock.withLock {
            for prefix in prefixes { shards[prefix] = nil }
            guard chunkSize > 0 else { return }
            for section in sections { chunks[Int(section) / chunkSize] = nil }
        }
    }
}
