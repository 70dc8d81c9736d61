import Foundation
import Link
import Markdown
import Model
import Workers

/// RENDER for search: every page's sections, their words folded and stemmed, and the glossary's
/// forms as synonym groups. Written as a folder of small scripts (`SearchFiles`) so search works
/// from a folder, where pages cannot `fetch`, and a query loads only the pieces it needs. Built
/// in reading order, so the bytes do not change between builds. An index is filled in place: make
/// a new one for each site.
public struct SearchIndex: Sendable {
    /// Words found in a page's title count in every section of the page.
    static let titleWeight: Int32 = 10
    static let headingWeight = 5
    /// Repeats in a section's body count up to this many times.
    static let bodyCap = 5
    /// A section's text is quoted from its first this many bytes: the snippet under a result
    /// needs no more, and one section of the shipped package holds 46 KB.
    static let quotedBytes = 1_500

    /// `"url","título"` per page, kept as the bytes they will be: a large site's text is tens of
    /// megabytes.
    private(set) var pages: [[UInt8]] = []
    /// `,"anchor","heading","text"]` per section, to follow its page number.
    private(set) var texts = SectionTexts()
    /// The page of each section, and the first section of each page.
    private(set) var sectionPages: [Int32] = []
    private(set) var firstSections: [Int32] = []
    /// The glossary group whose form is a section's heading, "" for none: where a term is defined.
    private(set) var sectionGroups: [String] = []
    /// Term → pages whose title holds it, and term → `[section, weight, section, weight …]`,
    /// split by term into shards that fill in parallel.
    private(set) var shards: [IndexShard] = (0..<IndexShard.count).map { _ in IndexShard() }
    /// The pieces as last written, for an index that is rebuilt in place (`keepWrittenPieces`).
    private(set) var cache: PieceCache?
    /// The groups' forms as folded words, each under its group's token.
    private let forms: WordTree<String>
    /// Each form, its words joined by spaces, and the first group that has it.
    let groupsByForm: [String: String]
    /// Counters that keep what they learn about words from page to page.
    let counters: TermCounter.Pool

    init(glossary: [GlossaryEntry]) {
        // Synonym groups from the glossary: each term's forms, folded, under one token.
        let groups: [(token: String, forms: [String])] = glossary.enumerated().map { index, entry in
            ("~\(index)", (entry.forms + entry.exactForms).map { SpanishText.words($0).joined(separator: " ") })
        }
        var forms = WordTree<String>()
        var groupsByForm: [String: String] = [:]
        for group in groups {
            for form in group.forms {
                forms.insert(group.token, under: form.split(separator: " ").map(String.init))
                if !form.isEmpty, groupsByForm[form] == nil { groupsByForm[form] = group.token }
            }
        }
        self.forms = forms
        self.groupsByForm = groupsByForm
        counters = TermCounter.Pool(forms: forms)
    }

    /// What one page adds to the index, worked out on its own so pages can be read in parallel:
    /// its terms, and its text already written as JSON.
    struct Entry: Sendable {
        /// `"url","title"`.
        let pageJSON: [UInt8]
        /// `,"anchor","heading","text"]` for each section, to follow its page number.
        let sectionsJSON: [[UInt8]]
        /// For each section, the glossary group its heading names, or "".
        let sectionGroups: [String]
        let titleTerms: [(term: String, shard: Int)]
        /// Each term of the page with `[section, weight, section, weight …]`, sections counted
        /// from the page's first.
        let terms: [(term: String, shard: Int, postings: [Int32])]
    }

    /// Reads a page: its URL from the site's root, its numbered title and its rendered body. The
    /// title, each heading and each section's text are read by the same `TermCounter.terms(of:)`.
    func entry(url: String, title: String, body: String) -> Entry {
        var sectionsJSON: [[UInt8]] = []
        var sectionGroups: [String] = []
        var titleTerms: [(term: String, shard: Int)] = []
        // Each term's list is sized for a pair per section up front: growing them cost 1.3 % more
        // instructions on the 1 000-page corpus (callgrind). The counter keeps each term's place
        // in `terms`.
        var terms: [(term: String, shard: Int, postings: [Int32])] = []
        counters.withCounter { counter in
            defer { counter.forgetPlaces() }
            for term in Set(counter.terms(of: title)) {
                titleTerms.append((counter.terms[Int(term)], counter.shards[Int(term)]))
            }
            let sections = PageText(html: body).sections
            for (offset, section) in sections.enumerated() {
                let counted = counter.count(
                    heading: section.heading, text: section.text, headingWeight: Int32(Self.headingWeight),
                    cap: Int32(Self.headingWeight + Self.bodyCap))
                for (term, weight) in counted {
                    if let place = counter.place(of: term) {
                        terms[place].postings.append(Int32(offset))
                        terms[place].postings.append(weight)
                    } else {
                        counter.setPlace(terms.count, of: term)
                        let number = Int(term)
                        var postings: [Int32] = []
                        postings.reserveCapacity(2 * (sections.count - offset))
                        postings.append(Int32(offset))
                        postings.append(weight)
                        terms.append((counter.terms[number], counter.shards[number], postings))
                    }
                }
                sectionsJSON.append(Self.sectionJSON(section))
                let heading = SpanishText.words(section.heading).joined(separator: " ")
                sectionGroups.append(heading.isEmpty ? "" : groupsByForm[heading] ?? "")
            }
        }
        var pageJSON: [UInt8] = []
        JSON.string(url, into: &pageJSON)
        pageJSON.append(UInt8(ascii: ","))
        JSON.string(title, into: &pageJSON)
        return Entry(
            pageJSON: pageJSON, sectionsJSON: sectionsJSON, sectionGroups: sectionGroups, titleTerms: titleTerms,
            terms: terms)
    }

    /// `,"anchor","heading","text"]`, to follow the section's page number.
    private static func sectionJSON(_ section: PageText.Section) -> [UInt8] {
        var json: [UInt8] = []
        let text = quoted(section.text)
        json.reserveCapacity(text.utf8.count + 64)
        for text in [section.anchor, section.heading, text] {
            json.append(UInt8(ascii: ","))
            JSON.string(text, into: &json)
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// The start of `text` that a snippet may quote: up to `quotedBytes`, cut between words.
    static func quoted(_ text: String) -> String {
        guard text.utf8.count > quotedBytes else { return text }
        return quotedByScalars(text) ?? quotedByCharacters(text)
    }

    /// `quoted` a character at a time, for any text.
    static func quotedByCharacters(_ text: String) -> String {
        var bytes = 0
        var end = text.startIndex
        for index in text.indices {
            bytes += text[index].utf8.count
            if bytes > quotedBytes { break }
            end = text.index(after: index)
        }
        let kept = text[..<end]
        return String(kept[..<(kept.lastIndex(of: " ") ?? kept.endIndex)])
    }

    /// The same cut found a scalar at a time, when each scalar up to it is a character alone
    /// (nil otherwise): then the characters' ends are the scalars'. A character at a time cost
    /// 2.6 % more instructions for the shipped package, whose sections are long.
    private static func quotedByScalars(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var bytes = 0
        var end = scalars.startIndex
        var lastSpace: String.Index?
        for index in scalars.indices {
            let scalar = scalars[index]
            // The scalar past the cut is read too: it must not join the last one kept.
            guard scalar.isCharacterAlone, scalar != "\r" else { return nil }
            bytes += UTF8.width(scalar)
            if bytes > quotedBytes { break }
            if scalar == " " { lastSpace = index }
            end = scalars.index(after: index)
        }
        return String(text[..<(lastSpace ?? end)])
    }

    /// Adds rendered pages; pages go in reading order.
    public mutating func add(_ pages: [RenderedPage]) {
        add(entries: pages.compactMap(\.entry))
    }

    /// The text goes on in order; each shard then takes its terms from every entry, in parallel.
    mutating func add(entries: [Entry]) {
        var firstSections: [Int32] = []
        let firstPage = Int32(pages.count)
        for entry in entries {
            firstSections.append(Int32(texts.count))
            sectionPages += Array(repeating: Int32(pages.count), count: entry.sectionsJSON.count)
            pages.append(entry.pageJSON)
            texts.append(contentsOf: entry.sectionsJSON)
            sectionGroups += entry.sectionGroups
        }
        self.firstSections += firstSections
        let shards = shards
        _ = Parallel.map(shards.count) { [firstSections] number in
            shards[number].fill(number: number, from: entries, firstPage: firstPage, firstSections: firstSections)
        }
    }

    /// Puts `new` in place of `old` as page `page` of the index (pages counted as they were
    /// added), as if the index had been built with `new` from the start. False, with nothing
    /// changed, when the two have a different number of sections: every later section would
    /// move, and the index is better built again. Only the terms whose postings changed are
    /// touched, and only their shards and the chunks of changed text are written again: a
    /// sentence added to a page changes a few terms' weights, while the page holds hundreds of
    /// terms whose shards together make most of the index.
    mutating func replace(page: Int, old: Entry, new: Entry) -> Bool {
        guard page < pages.count, old.sectionsJSON.count == new.sectionsJSON.count else { return false }
        let first = firstSections[page]
        let pageSections = first..<(first + Int32(new.sectionsJSON.count))
        var changedText: [Int32] = []
        if pages[page] != new.pageJSON {
            pages[page] = new.pageJSON
            changedText = Array(pageSections)
        } else {
            changedText = pageSections.filter { old.sectionsJSON[Int($0 - first)] != new.sectionsJSON[Int($0 - first)] }
        }
        let range = Int(first)..<(Int(first) + new.sectionsJSON.count)
        texts.replace(range, with: new.sectionsJSON)
        sectionGroups.replaceSubrange(range, with: new.sectionGroups)
        let changed = Self.changedTerms(old, new)
        for (term, shard, _) in old.terms where changed.contains(term) {
            shards[shard].removePostings(of: term, in: pageSections)
        }
        for (term, shard) in old.titleTerms where changed.contains(term) {
            shards[shard].removeTitle(of: term, page: Int32(page))
        }
        for (term, shard, postings) in new.terms where changed.contains(term) {
            shards[shard].insertPostings(postings, of: term, from: first)
        }
        for (term, shard) in new.titleTerms where changed.contains(term) {
            shards[shard].insertTitle(of: term, page: Int32(page))
        }
        cache?.forget(prefixes: Set(changed.map(SearchFileName.prefixKey(of:))), sections: changedText)
        return true
    }

    /// The terms whose postings or presence in the title differ between two entries of a page.
    private static func changedTerms(_ old: Entry, _ new: Entry) -> Set<String> {
        var postings: [String: [Int32]] = [:]
        for (term, _, list) in old.terms { postings[term] = list }
        var changed: Set<String> = []
        for (term, _, list) in new.terms where postings.removeValue(forKey: term) != list { changed.insert(term) }
        changed.formUnion(postings.keys)
        let oldTitle = Set(old.titleTerms.map(\.term))
        let newTitle = Set(new.titleTerms.map(\.term))
        return changed.union(oldTitle.symmetricDifference(newTitle))
    }

    /// Sends the sections' text to a temporary file as pages are added, for an index that is
    /// written once and never changed in place; call it before adding any page.
    public mutating func spillText() {
        texts.spill()
    }

    /// Keeps the pieces as they are written, for an index that `replace` will change and that
    /// will be written again.
    mutating func keepWrittenPieces() {
        if cache == nil { cache = PieceCache() }
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
