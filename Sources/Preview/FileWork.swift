import NIOCore
import NIOPosix

/// Where file-system work runs. The server hands it to a thread pool, so a slow disk never holds
/// up an event loop; the fuzz target and tests drive an `EmbeddedChannel` on one thread, and run
/// it in place.
enum FileWork: Sendable {
    case pool(NIOThreadPool)
    case inPlace

    func run<T: Sendable>(on loop: any EventLoop, _ body: @escaping @Sendable () throws -> T) -> EventLoopFuture<T> {
        switch self {
        case .pool(let pool): pool.runIfActive(eventLoop: loop, body)
        case .inPlace: loop.makeCompletedFuture(Result { try body() })
        }
    }
}
