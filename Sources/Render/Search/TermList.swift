/// One term's postings as the site's script reads them: the title's weight already added to every
/// section of the pages whose title holds the term, so the script needs no table of each page's
/// sections. Written page by page, `[page, n, section, weight × n, page, …]`, sections in order:
/// the script groups results by page and never needs a section → page table either.
struct TermList {
    /// `(section, page, weight)` in section order.
    private(set) var postings: [(section: Int32, page: Int32, weight: Int32)] = []

    /// The number of distinct pages.
    var pageCount: Int {
        var count = 0
        var last: Int32 = -1
        for posting in postings where posting.page != last {
            count += 1
            last = posting.page
        }
        return count
    }

    /// `sections` is `[section, weight, …]` in section order; `titlePages` in order too.
    init(sections: [Int32], titlePages: [Int32], of index: SearchIndex) {
        var next = 0
        func take(before end: Int32) {
            while next < sections.count, sections[next] < end {
                postings.append((sections[next], index.sectionPages[Int(sections[next])], sections[next + 1]))
                next += 2
            }
        }
        for page in titlePages {
            let first = index.firstSections[Int(page)]
            take(before: first)
            for section in first..<index.sectionEnd(of: Int(page)) {
                var weight = SearchIndex.titleWeight
                if next < sections.count, sections[next] == section {
                    weight += sections[next + 1]
                    next += 2
                }
                postings.append((section, page, weight))
            }
        }
        take(before: Int32.max)
    }

    /// Each page's best section (most weight, then first), best pages first, at most `limit`:
    /// what a one-word query shows, without the rest of the list.
    func best(_ limit: Int) -> [(section: Int32, page: Int32, weight: Int32)] {
        var best: [(section: Int32, page: Int32, weight: Int32)] = []
        for posting in postings {
            if let last = best.last, last.page == posting.page {
                if posting.weight > last.weight { best[best.count - 1] = posting }
            } else {
                best.append(posting)
            }
        }
        best.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.section < $1.section }
        return Array(best.prefix(limit))
    }

    /// `[page, n, section, weight …]` for `postings`, which keep each page's together.
    static func write(_ postings: [(section: Int32, page: Int32, weight: Int32)], into output: inout [UInt8]) {
        var grouped: [Int32] = []
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end].page == postings[start].page { end += 1 }
            grouped += [postings[start].page, Int32(end - start)]
            for posting in postings[start..<end] { grouped += [posting.section, posting.weight] }
            start = end
        }
        JSON.numbers(grouped, into: &output)
    }
}

extension SearchIndex {
    /// The section after the last of `page`.
    func sectionEnd(of page: Int) -> Int32 {
        page + 1 < firstSections.count ? firstSections[page + 1] : Int32(sections.count)
    }
}
