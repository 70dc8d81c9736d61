/// Finds the first mention of each target in a page's running text, one text at a time in
/// document order; shared by the linker that edits a cmark tree and by the filler that splices
/// a prepared body, so both link the same words.
struct MentionMatcher {
    struct Match {
        let range: Range<String.Index>
        let target: Int
    }

    let index: MentionIndex
    private(set) var mentioned: Set<Int> = []
    /// Targets not yet mentioned, by the `FirstWordScan` hash of the first word of their forms:
    /// counted, since asking each target of a word took as long as a glossary page of many terms
    /// that begin with that word.
    private var unmentioned: [UInt64: Int] = [:]

    /// Targets without a destination (a glossary term on its own page) count as mentioned already.
    init(index: MentionIndex, destinations: [String]) {
        self.index = index
        mentioned = Set(destinations.indices.filter { destinations[$0].isEmpty })
        for target in destinations.indices where !mentioned.contains(target) {
            for hash in index.firstWordsByTarget[target] { unmentioned[hash, default: 0] += 1 }
        }
    }

    /// False when no word of `bytes` begins a form of a target not yet linked.
    func mayMention(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        FirstWordScan.anyWord(in: bytes) { hash in
            guard let hash else { return true }
            return unmentioned[hash, default: 0] > 0
        }
    }

    /// The first mention in `text` of each target not yet linked, without overlaps. Every mention
    /// is read, linked or not: at one place the longest form wins ("influencia auténtica" over
    /// "influencia"), and a term already linked keeps its words, so a shorter term inside it
    /// ("incidencia" in a second "incidencia política") is not linked there.
    mutating func firstMatches(in text: String) -> [Match] {
        let words = Words(text)
        var accepted: [Match] = []
        var end = text.startIndex
        for position in words.items.indices where index.firstWords.mayContain(words.items[position].hash) {
            var longest: Match?
            index.forms.forEachValue(beginning: words.items[position...].lazy.map(\.lowered)) { form in
                guard let range = words.match(form, at: position) else { return }
                if let current = longest, current.range.upperBound >= range.upperBound { return }
                longest = Match(range: range, target: form.target)
            }
            guard let match = longest, match.range.lowerBound >= end else { continue }
            end = match.range.upperBound
            if !mentioned.contains(match.target) {
                accepted.append(match)
                markMentioned(match.target)
            }
        }
        return accepted
    }

    private mutating func markMentioned(_ target: Int) {
        guard mentioned.insert(target).inserted else { return }
        for hash in index.firstWordsByTarget[target] { unmentioned[hash, default: 0] -= 1 }
    }
}
