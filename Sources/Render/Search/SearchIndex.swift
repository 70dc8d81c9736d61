import Foundation
import Link
import Markdown
import Model
import Workers

/// RENDER for search: every page's sections, their words folded and stemmed, and the glossary's
/// forms as synonym groups, shipped as a script (`window.LIBRO_INDICE = …`) so search works from
/// a folder, where pages cannot `fetch`. Built in reading order, so the bytes do not change
/// between builds. An index is filled in place: make a new one for each site.
public struct SearchIndex: Sendable {
    /// Words found in a page's title count in every section of the page.
    static let titleWeight = 10
    static let headingWeight = 5
    /// Repeats in a section's body count up to this many times.
    static let bodyCap = 5

    /// `["url","título"]` per page, written as pages arrive: a large site's index is tens of
    /// megabytes, so it is kept as the bytes it will be, not as values to encode at the end.
    private var pagesJSON: [UInt8] = []
    private var pageCount = 0
    /// `[page,"anchor","heading","text"]` per section.
    private var sectionsJSON: [UInt8] = []
    private var sectionCount = 0
    /// Where each page's part of `pagesJSON` and of `sectionsJSON` starts, and the number of its
    /// first section: what `replace` needs to put another version of a page in its place.
    private var pageStarts: [Int] = []
    private var sectionStarts: [Int] = []
    private var firstSections: [Int32] = []
    /// The tables as last written, for an index that is rebuilt in place (`keepWrittenTables`).
    private var cache: TableCache?
    /// Term → pages whose title holds it, and term → `[section, weight, section, weight …]`,
    /// split by term into shards that fill in parallel.
    private var shards: [IndexShard] = (0..<IndexShard.count).map { _ in IndexShard() }
    /// Synonym groups from the glossary: each term's forms, folded, under one token.
    private let groups: [(token: String, forms: [String])]
    /// The groups' forms as folded words, each under its group's token.
    private let forms: WordTree<String>
    /// Counters that keep what they learn about words from page to page.
    let counters: TermCounter.Pool

    init(glossary: [GlossaryEntry]) {
        groups = glossary.enumerated().map { index, entry in
            ("~\(index)", (entry.forms + entry.exactForms).map { SpanishText.words($0).joined(separator: " ") })
        }
        var forms = WordTree<String>()
        for group in groups {
            for form in group.forms { forms.insert(group.token, under: form.split(separator: " ").map(String.init)) }
        }
        self.forms = forms
        counters = TermCounter.Pool(forms: forms)
    }

    /// What one page adds to the index, worked out on its own so pages can be read in parallel:
    /// its terms, and its text already written as JSON.
    struct Entry: Sendable {
        /// `"url","title"`.
        let pageJSON: [UInt8]
        /// `,"anchor","heading","text"]` for each section, to follow its page number.
        let sectionsJSON: [[UInt8]]
        let titleTerms: [(term: String, shard: Int)]
        /// Each term of the page with `[section, weight, section, weight …]`, sections counted
        /// from the page's first.
        let terms: [(term: String, shard: Int, postings: [Int32])]
    }

    /// Reads a page: its URL from the site's root, its numbered title and its rendered body. The
    /// title, each heading and each section's text are read by the same `TermCounter.terms(of:)`.
    func entry(url: String, title: String, body: String) -> Entry {
        var sectionsJSON: [[UInt8]] = []
        var titleTerms: [(term: String, shard: Int)] = []
        // Term number → its place in `terms`.
        var places: [Int32: Int] = [:]
        var terms: [(term: String, shard: Int, postings: [Int32])] = []
        counters.withCounter { counter in
            for term in Set(counter.terms(of: title)) {
                titleTerms.append((counter.terms[Int(term)], counter.shards[Int(term)]))
            }
            for (offset, section) in PageText(html: body).sections.enumerated() {
                let counted = counter.count(
                    heading: section.heading, text: section.text, headingWeight: Int32(Self.headingWeight),
                    cap: Int32(Self.headingWeight + Self.bodyCap))
                for (term, weight) in counted {
                    if let place = places[term] {
                        terms[place].postings += [Int32(offset), weight]
                    } else {
                        places[term] = terms.count
                        let number = Int(term)
                        terms.append((counter.terms[number], counter.shards[number], [Int32(offset), weight]))
                    }
                }
                sectionsJSON.append(Self.sectionJSON(section))
            }
        }
        var pageJSON: [UInt8] = []
        JSON.string(url, into: &pageJSON)
        pageJSON.append(UInt8(ascii: ","))
        JSON.string(title, into: &pageJSON)
        return Entry(pageJSON: pageJSON, sectionsJSON: sectionsJSON, titleTerms: titleTerms, terms: terms)
    }

    /// `,"anchor","heading","text"]`, to follow the section's page number.
    private static func sectionJSON(_ section: PageText.Section) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(section.text.utf8.count + 64)
        for text in [section.anchor, section.heading, section.text] {
            json.append(UInt8(ascii: ","))
            JSON.string(text, into: &json)
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// Adds rendered pages; pages go in reading order.
    public mutating func add(_ pages: [RenderedPage]) {
        add(entries: pages.compactMap(\.entry))
    }

    /// The JSON goes on in order; each shard then takes its terms from every entry, in parallel.
    mutating func add(entries: [Entry]) {
        var firstSections: [Int32] = []
        for entry in entries {
            pageStarts.append(pagesJSON.count)
            sectionStarts.append(sectionsJSON.count)
            firstSections.append(Int32(sectionCount))
            pagesJSON += Self.pageJSON(entry, page: pageCount)
            sectionsJSON += Self.sectionsJSON(entry, page: pageCount, firstSection: sectionCount)
            sectionCount += entry.sectionsJSON.count
            pageCount += 1
        }
        self.firstSections += firstSections
        let firstPage = Int32(pageCount - entries.count)
        let shards = shards
        _ = Parallel.map(shards.count) { [firstSections] number in
            shards[number].fill(number: number, from: entries, firstPage: firstPage, firstSections: firstSections)
        }
    }

    /// `[url,title]`, after a comma unless it is the first page.
    private static func pageJSON(_ entry: Entry, page: Int) -> [UInt8] {
        var json: [UInt8] = page > 0 ? [UInt8(ascii: ","), UInt8(ascii: "[")] : [UInt8(ascii: "[")]
        json += entry.pageJSON
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// `[page,anchor,heading,text]` for each section, each after a comma unless it is the first.
    private static func sectionsJSON(_ entry: Entry, page: Int, firstSection: Int) -> [UInt8] {
        var json: [UInt8] = []
        for (offset, section) in entry.sectionsJSON.enumerated() {
            if firstSection + offset > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            JSON.number(page, into: &json)
            json += section
        }
        return json
    }

    /// Puts `new` in place of `old` as page `page` of the index (pages counted as they were
    /// added), as if the index had been built with `new` from the start. False, with nothing
    /// changed, when the two have a different number of sections: every later section would
    /// move, and the index is better built again.
    mutating func replace(page: Int, old: Entry, new: Entry) -> Bool {
        guard page < pageCount, old.sectionsJSON.count == new.sectionsJSON.count else { return false }
        Self.replace(&pagesJSON, starts: &pageStarts, at: page, with: Self.pageJSON(new, page: page))
        let first = firstSections[page]
        Self.replace(
            &sectionsJSON, starts: &sectionStarts, at: page,
            with: Self.sectionsJSON(new, page: page, firstSection: Int(first)))
        let sections = first..<(first + Int32(new.sectionsJSON.count))
        let touchedTerms = Set(old.terms.map { Key(term: $0.term, shard: $0.shard) })
            .union(new.terms.map { Key(term: $0.term, shard: $0.shard) })
        let touchedTitles = Set(old.titleTerms.map { Key(term: $0.term, shard: $0.shard) })
            .union(new.titleTerms.map { Key(term: $0.term, shard: $0.shard) })
        let termsBefore = touchedTerms.filter { shards[$0.shard].terms[$0.term] != nil }
        let titlesBefore = touchedTitles.filter { shards[$0.shard].titles[$0.term] != nil }
        for (term, shard, _) in old.terms { shards[shard].removePostings(of: term, in: sections) }
        for (term, shard) in old.titleTerms { shards[shard].removeTitle(of: term, page: Int32(page)) }
        for (term, shard, postings) in new.terms { shards[shard].insertPostings(postings, of: term, from: first) }
        for (term, shard) in new.titleTerms { shards[shard].insertTitle(of: term, page: Int32(page)) }
        if let cache {
            for key in touchedTerms {
                let exists = shards[key.shard].terms[key.term] != nil
                cache.changed(key.term, in: .terms, keysChanged: exists != termsBefore.contains(key))
            }
            for key in touchedTitles {
                let exists = shards[key.shard].titles[key.term] != nil
                cache.changed(key.term, in: .titles, keysChanged: exists != titlesBefore.contains(key))
            }
        }
        return true
    }

    private struct Key: Hashable {
        let term: String
        let shard: Int
    }

    /// Keeps the term tables as they are written, for an index that `replace` will change and
    /// that will be written again.
    mutating func keepWrittenTables() {
        if cache == nil { cache = TableCache() }
    }

    /// Replaces the part of `bytes` that starts at `starts[index]` and moves the later starts.
    private static func replace(_ bytes: inout [UInt8], starts: inout [Int], at index: Int, with part: [UInt8]) {
        let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
        bytes.replaceSubrange(starts[index]..<end, with: part)
        let shift = part.count - (end - starts[index])
        for later in (index + 1)..<starts.count { starts[later] += shift }
    }

    /// `{"term":[…],…}` for one of the shards' tables, terms sorted, without first merging the
    /// shards into one table.
    private func writeTable(
        _ part: KeyPath<IndexShard, [String: [Int32]]>, _ table: TableCache.Table, into output: inout [UInt8]
    ) {
        let makeKeys = { () -> [(term: String, shard: Int)] in
            var keys: [(term: String, shard: Int)] = []
            for (number, shard) in shards.enumerated() { keys += shard[keyPath: part].keys.map { ($0, number) } }
            keys.sort { $0.term < $1.term }
            return keys
        }
        let keys = cache?.keys(of: table, orMake: makeKeys) ?? makeKeys()
        output.append(UInt8(ascii: "{"))
        for (index, key) in keys.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            let write = { (output: inout [UInt8]) in
                JSON.string(key.term, into: &output)
                output.append(UInt8(ascii: ":"))
                JSON.numbers(shards[key.shard][keyPath: part][key.term] ?? [], into: &output)
            }
            if let cache {
                output += cache.piece(of: table, for: key.term) {
                    var piece: [UInt8] = []
                    write(&piece)
                    return piece
                }
            } else {
                write(&output)
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The script every page loads when the reader starts a search, as pieces to write one after
    /// another. Keys are sorted, so the bytes depend only on the pages. The pages' and sections'
    /// JSON, most of a large index, go in as they are kept rather than copied into one array: that
    /// copy was the build's peak of memory (340 → 280 MB for the 10 000-page corpus).
    public func scriptPieces() -> [[UInt8]] {
        var groupsByForm: [String: String] = [:]
        for group in groups {
            for form in group.forms where !form.isEmpty { groupsByForm[form] = groupsByForm[form] ?? group.token }
        }
        var head: [UInt8] = []
        head += "window.LIBRO_INDICE = {".utf8
        head += #""grupos":"#.utf8
        JSON.object(groupsByForm, into: &head) { JSON.string($0, into: &$1) }
        head += #","paginas":["#.utf8
        var middle: [UInt8] = []
        middle += #"],"pesos":{"encabezado":"#.utf8
        JSON.number(Self.headingWeight, into: &middle)
        middle += #","titulo":"#.utf8
        JSON.number(Self.titleWeight, into: &middle)
        middle += #"},"secciones":["#.utf8
        var tail: [UInt8] = []
        tail += #"],"terminos":"#.utf8
        writeTable(\.terms, .terms, into: &tail)
        tail += #","titulos":"#.utf8
        writeTable(\.titles, .titles, into: &tail)
        tail += #","vacias":"#.utf8
        JSON.array(into: &tail) { output in
            for (index, word) in SpanishText.stopWords.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSON.string(word, into: &output)
            }
        }
        tail += "};\n".utf8
        return [head, pagesJSON, middle, sectionsJSON, tail]
    }
}

/// One part of the index's term lists. Each term belongs to one shard, and while pages are
/// added each shard is filled by one thread only.
final class IndexShard: @unchecked Sendable {
    static let count = 4

    var titles: [String: [Int32]] = [:]
    var terms: [String: [Int32]] = [:]

    static func number(of term: String) -> Int {
        var hasher = Hasher()
        hasher.combine(term)
        return Int(UInt(bitPattern: hasher.finalize()) % UInt(count))
    }

    /// Adds this shard's terms of `entries`, whose pages and sections are numbered from
    /// `firstPage` and `firstSections`.
    func fill(number: Int, from entries: [SearchIndex.Entry], firstPage: Int32, firstSections: [Int32]) {
        // Worked on as local values, so each list grows in place.
        var titles = self.titles
        var terms = self.terms
        self.titles = [:]
        self.terms = [:]
        for (offset, entry) in entries.enumerated() {
            for (term, shard) in entry.titleTerms where shard == number {
                titles[term, default: []].append(firstPage + Int32(offset))
            }
            let first = firstSections[offset]
            for (term, shard, postings) in entry.terms where shard == number {
                Self.append(postings, shiftedBy: first, to: &terms[term, default: []])
            }
        }
        self.titles = titles
        self.terms = terms
    }

    /// Takes out of `term`'s list the pairs of `sections`; the list goes when it empties.
    func removePostings(of term: String, in sections: Range<Int32>) {
        guard var list = terms.removeValue(forKey: term) else { return }
        let start = Self.firstPair(in: list, atOrAfter: sections.lowerBound)
        let end = Self.firstPair(in: list, atOrAfter: sections.upperBound)
        list.removeSubrange(start..<end)
        if !list.isEmpty { terms[term] = list }
    }

    /// Puts a page's `[section, weight …]` pairs, sections counted from `first`, in section order.
    func insertPostings(_ postings: [Int32], of term: String, from first: Int32) {
        var list = terms.removeValue(forKey: term) ?? []
        var shifted: [Int32] = []
        Self.append(postings, shiftedBy: first, to: &shifted)
        list.insert(contentsOf: shifted, at: Self.firstPair(in: list, atOrAfter: first))
        terms[term] = list
    }

    func removeTitle(of term: String, page: Int32) {
        guard var pages = titles.removeValue(forKey: term) else { return }
        pages.removeAll { $0 == page }
        if !pages.isEmpty { titles[term] = pages }
    }

    func insertTitle(of term: String, page: Int32) {
        var pages = titles.removeValue(forKey: term) ?? []
        pages.insert(page, at: pages.firstIndex { $0 > page } ?? pages.endIndex)
        titles[term] = pages
    }

    /// Where in a `[section, weight …]` list the first pair with a section of at least `section` is.
    private static func firstPair(in list: [Int32], atOrAfter section: Int32) -> Int {
        var low = 0
        var high = list.count / 2
        while low < high {
            let middle = (low + high) / 2
            if list[middle * 2] < section { low = middle + 1 } else { high = middle }
        }
        return low * 2
    }

    /// `[section, weight …]` pairs with their sections moved on by `first`.
    private static func append(_ postings: [Int32], shiftedBy first: Int32, to list: inout [Int32]) {
        for index in stride(from: 0, to: postings.count, by: 2) {
            list.append(postings[index] + first)
            list.append(postings[index + 1])
        }
    }
}
