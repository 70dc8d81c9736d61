/// A set of hashes that may answer yes wrongly, never no: one bit for each of 4 096 slots, so
/// asking costs a shift and a mask where a `Set<UInt64>` hashes the hash again.
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    mutating func insert(_ hash: UInt64) {
        let slot = Int(truncatingIfNeeded: hash & 4095)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    func mayContain(_ hash: UInt64) -> Bool {
        let slot = Int(truncatingIfNeeded: hash & 4095)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
