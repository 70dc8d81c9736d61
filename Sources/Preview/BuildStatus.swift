import Diagnostics
import Foundation
import LibroKit

/// What the live-reload script polls for: how many builds have succeeded and, while the last one
/// failed, its errors. Shared between the build queue and the request handlers, hence the lock.
final class BuildStatus: @unchecked Sendable {
    struct Snapshot: Sendable, Equatable, Codable {
        /// Successful builds so far; a page reloads when it changes. Zero means no site yet.
        var version: Int
        /// The located errors of the last build, empty when it succeeded.
        var errors: [String]

        enum CodingKeys: String, CodingKey {
            case version
            case errors = "errores"
        }
    }

    private let lock = NSLock()
    private var current = Snapshot(version: 0, errors: [])

    var snapshot: Snapshot {
        lock.withLock { current }
    }

    func record(_ report: BuildReport) {
        lock.withLock {
            if report.wroteSite {
                current = Snapshot(version: current.version + 1, errors: [])
            } else {
                current.errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            }
        }
    }

    /// `{"errores":[…],"version":N}`
    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(snapshot)) ?? Data("{}".utf8)
    }
}
