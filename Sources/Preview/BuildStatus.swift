import Diagnostics
import Foundation
import LibroKit

/// What the live-reload script asks for: how many builds have succeeded and, while the last one
/// failed, its errors. Shared between the build queue and the request handlers, hence the lock.
/// A request may wait for the next build (`wait(after:_:)`), so a page hears of a new site as
/// soon as it is written instead of at its next poll.
final class BuildStatus: @unchecked Sendable {
    struct Snapshot: Sendable, Equatable, Codable {
        /// Builds recorded so far, failed ones included: what a waiting request waits to change.
        var change: Int
        /// Successful builds so far; a page reloads when it changes. Zero means no site yet.
        var version: Int
        /// The located errors of the last build, empty when it succeeded.
        var errors: [String]

        enum CodingKeys: String, CodingKey {
            case change = "cambio"
            case version
            case errors = "errores"
        }
    }

    private let lock = NSLock()
    private var current = Snapshot(change: 0, version: 0, errors: [])
    private var waiting: [Int: @Sendable (Snapshot) -> Void] = [:]
    private var nextWaiter = 0

    var snapshot: Snapshot {
        lock.withLock { current }
    }

    func record(_ report: BuildReport) {
        let (snapshot, waiters) = lock.withLock {
            current.change += 1
            if report.wroteSite {
                current.version += 1
                current.errors = []
            } else {
                current.errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            }
            defer { waiting = [:] }
            return (current, waiting.values)
        }
        for waiter in waiters { waiter(snapshot) }
    }

    /// Calls `answer` with the first snapshot whose `change` is not `known`: at once when the
    /// current one is not, otherwise after the next build, on the build's thread. Returns a
    /// ticket for `cancel(_:)`, or nil when `answer` was already called.
    func wait(after known: Int, _ answer: @escaping @Sendable (Snapshot) -> Void) -> Int? {
        let (snapshot, ticket): (Snapshot, Int?) = lock.withLock {
            guard current.change == known else { return (current, nil) }
            nextWaiter += 1
            waiting[nextWaiter] = answer
            return (current, nextWaiter)
        }
        if ticket == nil { answer(snapshot) }
        return ticket
    }

    /// Forgets a waiting request (it gave up); false when its answer was already called.
    @discardableResult
    func cancel(_ ticket: Int) -> Bool {
        lock.withLock { waiting.removeValue(forKey: ticket) != nil }
    }

    /// `{"cambio":C,"errores":[…],"version":N}`
    func json() -> Data {
        Self.json(snapshot)
    }

    static func json(_ snapshot: Snapshot) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(snapshot)) ?? Data("{}".utf8)
    }
}
