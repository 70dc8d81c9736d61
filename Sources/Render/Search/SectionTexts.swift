import Files

/// The quoted text of every section of the index, `,"anchor","heading","text"]` each, in order.
/// Held in memory by an index that a rebuild changes in place; a build from nothing spills it to
/// an unnamed temporary file as pages are added (`spill()`), since the chunk size, and so every
/// chunk, is known only once the last page is in, and 100 000 pages quote some 700 MB.
struct SectionTexts: Sendable {
    private var held: [[UInt8]] = []
    private var spilled: SpillFile?
    /// Where each spilled section starts in the file, and one past the last.
    private var offsets: [Int64] = [0]
    private(set) var count = 0
    /// The bytes of all the sections, each with 4 more for its page number.
    private(set) var chunkBytes = 0

    /// From now on, sections go to a temporary file; nothing changes if none can be made.
    mutating func spill() {
        guard spilled == nil, held.isEmpty else { return }
        spilled = SpillFile()
    }

    mutating func append(contentsOf texts: [[UInt8]]) {
        count += texts.count
        for text in texts { chunkBytes += text.count + 4 }
        guard let spilled else {
            held += texts
            return
        }
        // One write a batch of pages.
        var batch: [UInt8] = []
        batch.reserveCapacity(texts.reduce(0) { $0 + $1.count })
        for text in texts { batch += text }
        guard spilled.append(batch) != nil else { return unspill(adding: texts) }
        for text in texts { offsets.append((offsets.last ?? 0) + Int64(text.count)) }
    }

    /// Back to memory when the temporary file cannot take more: what it holds, then `texts`.
    private mutating func unspill(adding texts: [[UInt8]]) {
        let written = offsets.count - 1
        held = written > 0 ? self.texts(0..<written) : []
        held += texts
        spilled = nil
        offsets = [0]
    }

    /// Replaces sections `range` by as many; only an index held in memory is changed in place.
    mutating func replace(_ range: Range<Int>, with texts: [[UInt8]]) {
        precondition(spilled == nil, "a spilled index is never changed in place")
        for text in held[range] { chunkBytes -= text.count + 4 }
        for text in texts { chunkBytes += text.count + 4 }
        held.replaceSubrange(range, with: texts)
    }

    /// Sections `range`, one after the other as they are written in a chunk.
    func texts(_ range: Range<Int>) -> [[UInt8]] {
        guard let spilled else { return Array(held[range]) }
        let start = offsets[range.lowerBound]
        let bytes = spilled.read(from: start, count: Int(offsets[range.upperBound] - start))
        return range.map { section in
            let from = Int(offsets[section] - start)
            return Array(bytes[from..<Int(offsets[section + 1] - start)])
        }
    }
}
