import Foundation

/// The files of a built site against the files it is expected to give, by path relative to the
/// site, and a report a person can read: what is missing, what is extra, and where each file
/// that differs first differs.
struct SiteComparison {
    /// Expected, and not built.
    let missing: [String]
    /// Built, and not expected.
    let extra: [String]
    /// Built with other bytes than expected.
    let differing: [String]
    private let expected: [String: Data]
    private let built: [String: Data]

    init(expected: [String: Data], built: [String: Data]) {
        missing = expected.keys.filter { built[$0] == nil }.sorted()
        extra = built.keys.filter { expected[$0] == nil }.sorted()
        differing = expected.keys.filter { built[$0] != nil && built[$0] != expected[$0] }.sorted()
        self.expected = expected
        self.built = built
    }

    var isEmpty: Bool { missing.isEmpty && extra.isEmpty && differing.isEmpty }

    /// Every path that is missing, extra or different, the first `excerpts` different ones with
    /// their first difference.
    func report(excerpts: Int = 3) -> String {
        var lines = [
            "of \(expected.count) files expected, \(differing.count) differ, \(missing.count) missing, "
                + "\(extra.count) extra (in excerpts, - is expected, + built):"
        ]
        lines += missing.map { "missing: \($0)" }
        lines += extra.map { "extra:   \($0)" }
        for (index, path) in differing.enumerated() {
            lines.append("differs: \(path)")
            if index < excerpts, let old = expected[path], let new = built[path] {
                lines.append(FirstDifference(expected: old, built: new).description)
            }
        }
        return lines.joined(separator: "\n")
    }
}
