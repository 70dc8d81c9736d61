import Foundation
import Markdown

/// The Markdown bodies RENDER reads, by source number (`LinkedPage.source`). A rebuild keeps
/// them all for the next one; a build from nothing lets each go once its last reader has taken
/// it, so a large site never holds every prepared body at once (100 000 pages hold about 700 MB
/// of them).
public final class BodyShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [MarkdownSource?]
    /// Readers still to come for each body; nil when every body is kept.
    private var readers: [Int32]?

    /// Every body kept, for a renderer whose pages may be rendered again.
    public init(keeping bodies: [MarkdownSource]) {
        self.bodies = bodies
    }

    /// Each body let go after its last reader. Pass the only copy of the array (`consume`): a
    /// body still held elsewhere is not freed.
    public init(releasing bodies: consuming [MarkdownSource]) {
        self.bodies = bodies.map { $0 }
        readers = Array(repeating: 0, count: self.bodies.count)
    }

    /// Counts one more reader of body `source`, before any reading starts.
    func expectReader(of source: Int) {
        readers?[source] += 1
    }

    /// Whether body `source` is still held.
    func holds(_ source: Int) -> Bool {
        lock.withLock { bodies[source] != nil }
    }

    /// Body `source`; the shelf lets it go when this was its last expected reader.
    func take(_ source: Int) -> MarkdownSource {
        lock.withLock {
            guard let body = bodies[source] else {
                preconditionFailure("body \(source) read once more than expected")
            }
            // Changed in place: a copy of the counts per page would make the build quadratic.
            if let left = readers?[source], left > 0 {
                readers?[source] = left - 1
                if left == 1 { bodies[source] = nil }
            }
            return body
        }
    }
}
