/// One term's postings as the site's script reads them: the title's weight already added to every
/// section of the pages whose title holds the term, so the script needs no table of each page's
/// sections. Written page by page, `[page, n, section, weight × n, page, …]` (pages and sections
/// written as differences, see `write`), sections in order: the script groups results by page
/// and never needs a section → page table either.
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

    /// `[page, n, section, weight …]` for `postings`, which keep each page's together, each page
    /// and each section written as the difference from the one before it in the list (the first
    /// from 0): a whole list is in reading order, so its numbers stay one or two digits however
    /// many pages the site has, where page and section numbers of a 10 000-page site take five
    /// and six. A best-pages list is not in order and may step back (a negative difference).
    static func write(_ postings: [(section: Int32, page: Int32, weight: Int32)], into output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        var lastPage: Int32 = 0
        var lastSection: Int32 = 0
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end].page == postings[start].page { end += 1 }
            if start > 0 { output.append(UInt8(ascii: ",")) }
            JSON.number(Int(postings[start].page - lastPage), into: &output)
            output.append(UInt8(ascii: ","))
            JSON.number(end - start, into: &output)
            lastPage = postings[start].page
            for posting in postings[start..<end] {
                output.append(UInt8(ascii: ","))
                JSON.number(Int(posting.section - lastSection), into: &output)
                output.append(UInt8(ascii: ","))
                JSON.number(Int(posting.weight), into: &output)
                lastSection = posting.section
            }
            start = end
        }
        output.append(UInt8(ascii: "]"))
    }
}

extension SearchIndex {
    /// The section after the last of `page`.
    func sectionEnd(of page: Int) -> Int32 {
        page + 1 < firstSections.count ? firstSections[page + 1] : Int32(texts.count)
    }
}
