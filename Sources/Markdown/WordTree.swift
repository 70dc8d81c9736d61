/// Values filed under sequences of words, found by walking a text's words from one place: what
/// the text holds there costs the words it shares with the stored sequences. Looking each value
/// up by its first word and comparing it whole made a glossary of many terms that begin with
/// the same word cost, for every place that word appears, as many comparisons as terms.
public struct WordTree<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var values: [Value] = []
    }

    private var nodes = [Node()]

    public init() {}

    /// Files `value` under `words`; a value under no words is left out.
    public mutating func insert(_ value: Value, under words: some Sequence<String>) {
        var node = 0
        for word in words {
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if node != 0 { nodes[node].values.append(value) }
    }

    /// Whether some sequence begins with `word`.
    public func hasSequence(startingWith word: String) -> Bool {
        nodes[0].children[word] != nil
    }

    /// Calls `visit` with the values of every sequence that `words` begins with, shorter ones
    /// first; reads `words` only as far as some sequence goes.
    public func forEachValue(beginning words: some Sequence<String>, _ visit: (Value) -> Void) {
        var node = 0
        for word in words {
            guard let next = nodes[node].children[word] else { return }
            node = next
            nodes[node].values.forEach(visit)
        }
    }
}
