/// The index's term tables as last written — their keys in order and each key's
/// `"term":[…]` — kept between rebuilds (`libro servir`), so writing the index again costs a copy
/// plus the terms a rebuilt page touched. A full build keeps none: for a large site it would be
/// tens of megabytes held for nothing.
final class TableCache: @unchecked Sendable {
    enum Table {
        case terms
        case titles
    }

    private var keys: [Table: [(term: String, shard: Int)]] = [:]
    private var pieces: [Table: [String: [UInt8]]] = [.terms: [:], .titles: [:]]

    func keys(of table: Table, orMake make: () -> [(term: String, shard: Int)]) -> [(term: String, shard: Int)] {
        if let kept = keys[table] { return kept }
        let made = make()
        keys[table] = made
        return made
    }

    func piece(of table: Table, for term: String, orMake make: () -> [UInt8]) -> [UInt8] {
        if let kept = pieces[table]?[term] { return kept }
        let made = make()
        pieces[table]?[term] = made
        return made
    }

    /// Forgets `term`'s piece; and the order of keys when the term came or went.
    func changed(_ term: String, in table: Table, keysChanged: Bool) {
        pieces[table]?[term] = nil
        if keysChanged { keys[table] = nil }
    }
}
