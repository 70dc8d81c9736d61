import Foundation
import Markdown

/// Reads the search terms of titles, headings and sections: words split and folded by
/// `SpanishText.forEachWord`, stop words left out, the rest stemmed by `SpanishStemmer`, and each
/// glossary form found adding its group's token once. A counter is kept from page to page (by
/// `TermCounter.Pool`), so each distinct word of the site is worked out once; every other
/// occurrence costs a hash and a table probe.
struct TermCounter {
    /// Counters not in use, one per thread that has needed one.
    final class Pool: @unchecked Sendable {
        private let forms: WordTree<String>
        private let lock = NSLock()
        private var idle: [TermCounter] = []

        init(forms: WordTree<String>) {
            self.forms = forms
        }

        /// Runs `work` with a counter no other thread is using.
        func withCounter<Result>(_ work: (inout TermCounter) -> Result) -> Result {
            // Taken out of the pool while in use, so it is a plain value the work changes in place.
            var counter = lock.withLock { idle.popLast() } ?? TermCounter(forms: forms)
            defer { lock.withLock { idle.append(counter) } }
            return work(&counter)
        }
    }

    /// The glossary's forms as folded words, each under its group's token.
    private let forms: WordTree<String>
    private var table = WordTable()
    /// By word number: its term's number (-1 for a stop word), its text, and whether a form starts with it.
    private var wordTerms: [Int32] = []
    private var wordTexts: [String] = []
    private var startsForm: [Bool] = []
    private var termNumbers: [String: Int32] = [:]
    /// Every term met so far, by number, and the shard of the index it goes to.
    private(set) var terms: [String] = []
    private(set) var shards: [Int] = []
    private var weights: [Int32] = []
    private var touched: [Int32] = []
    /// By term number, its place among the terms of the page being read (-1 for none), and the
    /// terms placed: every term of every section is looked up, and a dictionary for each page
    /// cost 1.0 % more of the 1 000-page corpus's instructions (callgrind).
    private var places: [Int32] = []
    private var placed: [Int32] = []
    /// The words of the text being read, by number, and their terms: kept from text to text, so
    /// reading one allocates nothing.
    private var sequence: [Int32] = []
    private var found: [Int32] = []

    private init(forms: WordTree<String>) {
        self.forms = forms
    }

    /// The terms of one section and their weights: `headingWeight` for those in the heading, one
    /// more for each time in the text, up to `cap`.
    mutating func count(heading: String, text: String, headingWeight: Int32, cap: Int32) -> [(
        term: Int32, weight: Int32
    )] {
        read(heading)
        for term in found { set(term) { _ in headingWeight } }
        read(text)
        for term in found { set(term) { min($0 + 1, cap) } }
        let counted = touched.map { (term: $0, weight: weights[Int($0)]) }
        for term in touched { weights[Int(term)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return counted
    }

    /// The terms of `text`: each word's, in order (none for a stop word), then the token of each
    /// glossary group whose form the text holds, once. Titles, headings and sections are all read
    /// this way.
    mutating func terms(of text: String) -> [Int32] {
        read(text)
        return found
    }

    /// Where `term` stands among the page's terms, if `setPlace` put it anywhere yet.
    func place(of term: Int32) -> Int? {
        let place = places[Int(term)]
        return place >= 0 ? Int(place) : nil
    }

    mutating func setPlace(_ place: Int, of term: Int32) {
        places[Int(term)] = Int32(place)
        placed.append(term)
    }

    /// Clears every place, for the next page.
    mutating func forgetPlaces() {
        for term in placed { places[Int(term)] = -1 }
        placed.removeAll(keepingCapacity: true)
    }

    private mutating func set(_ term: Int32, _ change: (Int32) -> Int32) {
        if weights[Int(term)] == 0 { touched.append(term) }
        weights[Int(term)] = change(weights[Int(term)])
    }

    /// Puts in `found` each word's term of `sequence`, in order, then the token of each glossary
    /// group found, once.
    private mutating func findTerms() {
        found.removeAll(keepingCapacity: true)
        var startsAForm = false
        for word in sequence {
            let term = wordTerms[Int(word)]
            if term >= 0 { found.append(term) }
            if startsForm[Int(word)] { startsAForm = true }
        }
        guard startsAForm else { return }
        var groups: Set<String> = []
        let texts = wordTexts
        for position in sequence.indices where startsForm[Int(sequence[position])] {
            forms.forEachValue(beginning: sequence[position...].lazy.map { texts[Int($0)] }) { groups.insert($0) }
        }
        for token in groups.sorted() { found.append(termNumber(token)) }
    }

    /// Numbers each folded word of `text` in `sequence`, and finds its terms.
    private mutating func read(_ text: String) {
        sequence.removeAll(keepingCapacity: true)
        SpanishText.forEachWord(in: text) { sequence.append(number(of: $0)) }
        findTerms()
    }

    /// The number of `word`; the first time the counter meets it, its term is worked out.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (number, isNew) = table.number(of: word)
        if isNew {
            let text = String(decoding: word, as: UTF8.self)
            wordTexts.append(text)
            startsForm.append(forms.hasSequence(startingWith: text))
            wordTerms.append(
                SpanishText.stopWords.contains(text) ? -1 : termNumber(SpanishStemmer.stem(text)))
        }
        return number
    }

    private mutating func termNumber(_ term: String) -> Int32 {
        if let number = termNumbers[term] { return number }
        let number = Int32(terms.count)
        termNumbers[term] = number
        terms.append(term)
        shards.append(IndexShard.number(of: term))
        weights.append(0)
        places.append(-1)
        return number
    }
}
