/// "Did you mean …?" for misspelt keys and ids.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
    /// Ties go to the candidate that sorts first, so the answer is the same on every run.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        // A typo is a short name mistyped; comparing a long text would cost its length times
        // every candidate's.
        guard target.count <= longestWord else { return nil }
        let allowed = max(2, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            // Lengths further apart than the distance allowed cannot be close enough.
            guard abs(letters.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, letters)
            guard distance <= allowed else { continue }
            if let best, (best.distance, best.candidate) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// The longest name, in characters, that gets a suggestion.
    static let longestWord = 100

    /// ` ¿quisiste decir «x»?` or nothing.
    public static func phrase(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; ¿quisiste decir «\($0)»?" } ?? ""
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
