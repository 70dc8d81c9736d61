import Model
import Workers

/// The search index as the scripts of `recursos/busqueda/`, each calling
/// `window.LIBRO_BUSQUEDA.recibir(name, data)`: scripts, not JSON, since a page opened from a
/// folder cannot `fetch`. A one-word query loads `indice.js`, the shard of its first two letters
/// and the chunks of the sections it shows: tens of kilobytes however large the site is
/// (`docs/search.md` describes every file).
extension SearchIndex {
    /// Bumped when a file's shape changes, so a cached `buscar.js` never reads another shape.
    static let formatVersion = 2
    /// How many pages the results page lists; a term's best pages in its shard stop there.
    static let listedPages = 50
    /// A term with more postings than this, or on more than `listedPages` pages, keeps only its
    /// best pages in its shard and its whole list in a file of its own.
    static let inlinePostings = 60
    /// About how large a chunk of sections' text is on a small site: eight results load eight
    /// chunks at most.
    static let chunkBytes = 4_096
    /// A large site's chunks grow so that there are about this many, up to `largestChunkBytes`:
    /// a 10 000-page site wrote 12 500 files of 4 KB, each wasting half a disk block on average,
    /// and its reader's budget (150 KB for a one-word query) has room for larger ones.
    static let manyChunks = 4_096
    static let largestChunkBytes = 8_192
    /// Term shards made and handed on at a time by `forEachGroup`.
    static let shardsPerGroup = 8

    /// Every file of the index, in a stable order.
    public func files() -> [OutputFile] {
        var files: [OutputFile] = []
        forEachGroup(of: Int.max) { files += $0 }
        return files
    }

    /// Every file of the index in the order of `files()`, handed to `take` a group at a time so
    /// that a large site never holds them all: `indice.js`, the term shards of `shardsPerGroup`
    /// prefixes at a time with their whole lists (a few hundred prefixes hold 150 MB of lists at
    /// 100 000 pages), the suffix lists, then `size` chunks at a time.
    public func forEachGroup<Failure: Error>(of size: Int, _ take: ([OutputFile]) throws(Failure) -> Void)
        throws(Failure)
    {
        let terms = sortedTerms()
        let byPrefix = Dictionary(grouping: terms) { SearchFileName.prefixKey(of: $0.term) }
        let prefixes = byPrefix.keys.sorted()
        let words = terms.map(\.term).filter { !$0.hasPrefix("~") }
        let bySuffix = Dictionary(grouping: words) { SearchFileName.suffixKey(of: $0) }
        let suffixes = bySuffix.keys.sorted()
        try take([file("indice", indexData(prefixes: prefixes, suffixes: suffixes))])
        for group in Self.groups(of: min(size, Self.shardsPerGroup), in: prefixes.count) {
            let shardFiles = Parallel.map(group.count) { number in
                let prefix = prefixes[group.lowerBound + number]
                if let kept = cache?.shard(prefix) { return kept }
                let made = termShard(prefix, terms: byPrefix[prefix] ?? [])
                cache?.keep(shard: made, for: prefix)
                return made
            }
            try take(Array(shardFiles.joined()))
        }
        try take(
            suffixes.map { suffix in
                var data: [UInt8] = []
                Self.strings(bySuffix[suffix] ?? [], into: &data)
                return file("s-" + suffix, data)
            })
        for group in Self.groups(of: size, in: chunkCount) { try take(chunkFiles(group)) }
    }

    /// `0 ..< count` cut in ranges of `size`.
    private static func groups(of size: Int, in count: Int) -> [Range<Int>] {
        let size = max(1, min(size, count))
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Every term of the index, from its sections or its pages' titles, sorted.
    private func sortedTerms() -> [(term: String, shard: Int)] {
        var terms: [(term: String, shard: Int)] = []
        for (number, shard) in shards.enumerated() {
            terms += Set(shard.terms.keys).union(shard.titles.keys).map { ($0, number) }
        }
        return terms.sorted { $0.term < $1.term }
    }

    /// `t-<prefix>.js`, `{"term":[pages, best pages' postings, "l/<term>"?]}`, and the whole
    /// list of each term whose list it cut.
    private func termShard(_ prefix: String, terms: [(term: String, shard: Int)]) -> [OutputFile] {
        var data: [UInt8] = [UInt8(ascii: "{")]
        var lists: [OutputFile] = []
        for (index, key) in terms.enumerated() {
            let list = TermList(
                sections: shards[key.shard].terms[key.term] ?? [], titlePages: shards[key.shard].titles[key.term] ?? [],
                of: self)
            let pages = list.pageCount
            if index > 0 { data.append(UInt8(ascii: ",")) }
            JSON.string(key.term, into: &data)
            data += ":[".utf8
            JSON.number(pages, into: &data)
            data.append(UInt8(ascii: ","))
            if pages <= Self.listedPages, list.postings.count <= Self.inlinePostings {
                TermList.write(list.postings, into: &data)
            } else {
                TermList.write(list.best(Self.listedPages), into: &data)
                let name = SearchFileName.list(of: key.term)
                data.append(UInt8(ascii: ","))
                JSON.string(name, into: &data)
                var whole: [UInt8] = []
                TermList.write(list.postings, into: &whole)
                lists.append(file(name, whole))
            }
            data.append(UInt8(ascii: "]"))
        }
        data.append(UInt8(ascii: "}"))
        return [file("t-" + prefix, data)] + lists
    }

    /// Sections per chunk: as many as make about `chunkBytes` on average (more on a large site),
    /// so the chunk of a section is `section / count` with no table to load.
    var sectionsPerChunk: Int {
        Self.sectionsPerChunk(sections: texts.count, bytes: texts.chunkBytes)
    }

    /// Sections per chunk for `sections` sections of `bytes` bytes in all.
    static func sectionsPerChunk(sections: Int, bytes: Int) -> Int {
        let target = min(max(chunkBytes, bytes / manyChunks), largestChunkBytes)
        return max(1, target * max(1, sections) / max(1, bytes))
    }

    /// How many chunks of text the index has.
    var chunkCount: Int {
        let count = sectionsPerChunk
        return (texts.count + count - 1) / count
    }

    /// `c/<n>.js` for the chunks `numbers`:
    /// `{"paginas":[[page,"url","title"]…],"secciones":[[page,"anchor","heading","text"]…]}`.
    func chunkFiles(_ numbers: Range<Int>) -> [OutputFile] {
        let count = sectionsPerChunk
        return numbers.map { number in
            if let kept = cache?.chunk(number, size: count) { return kept }
            let made = chunkFile(first: number * count, count: count)
            cache?.keep(chunk: made, number: number, size: count)
            return made
        }
    }

    /// Sections `first ..< first + count`, and their pages.
    private func chunkFile(first: Int, count: Int) -> OutputFile {
        let range = first..<min(first + count, texts.count)
        var data: [UInt8] = Array(#"{"paginas":["#.utf8)
        var last: Int32 = -1
        for section in range where sectionPages[section] != last {
            last = sectionPages[section]
            if data.last != UInt8(ascii: "[") { data.append(UInt8(ascii: ",")) }
            data.append(UInt8(ascii: "["))
            JSON.number(Int(last), into: &data)
            data.append(UInt8(ascii: ","))
            data += pages[Int(last)]
            data.append(UInt8(ascii: "]"))
        }
        data += #"],"secciones":["#.utf8
        for (section, text) in zip(range, texts.texts(range)) {
            if section > first { data.append(UInt8(ascii: ",")) }
            data.append(UInt8(ascii: "["))
            JSON.number(Int(sectionPages[section]), into: &data)
            data += text
        }
        data += "]}".utf8
        return file("c/\(first / count)", data)
    }

    /// A piece of the index: a script that hands `data` to the site's script under `name`.
    private func file(_ name: String, _ data: [UInt8]) -> OutputFile {
        var script: [UInt8] = Array(#"window.LIBRO_BUSQUEDA.recibir(""#.utf8)
        script += name.utf8
        script += "\",".utf8
        script += data
        script += ");\n".utf8
        return OutputFile(path: SiteLayout.searchFolder + "/" + name + ".js", contents: .bytes(script))
    }
}
