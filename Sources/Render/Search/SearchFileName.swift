/// The names of the search index's pieces, which the site's script works out from a term the same
/// way (`nombreDe` in `theme/recursos/buscar.js`): a term's shard is named by its first two
/// letters (`t-al`), the list of terms that end alike by its last two (`s-nz`). Terms are folded,
/// so ASCII letters and digits stand for themselves; any other letter is `_<hex>_`, which names
/// the same file on every file system (`~1`, a glossary group, is `_7e_1`).
enum SearchFileName {
    /// The shard of the terms that start like `term`; a one-letter term is a shard of its own.
    static func prefixKey(of term: String) -> String {
        key(term.unicodeScalars.prefix(2))
    }

    /// The list of the terms that end like `term`: the typo search's second way in, since one
    /// edit leaves the first two or the last two letters of a word of five or more as they were.
    static func suffixKey(of term: String) -> String {
        key(term.unicodeScalars.suffix(2))
    }

    /// The file of a term's whole list, `l/<term>`; a term too long to be a file name is named
    /// by its hash instead (words that long are codes or addresses, not words anyone types).
    static func list(of term: String) -> String {
        let name = key(term.unicodeScalars)
        guard name.utf8.count > 100 else { return "l/" + name }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "l/_" + String(hash, radix: 16)
    }

    private static func key(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var name = ""
        for scalar in scalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return name
    }
}
