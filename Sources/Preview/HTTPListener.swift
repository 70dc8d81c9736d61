import Foundation
import NIOCore
import NIOPosix

/// The listening side of the preview: SwiftNIO event loops accept connections and set each one
/// up with `PreviewPipeline`; a small thread pool does the file-system work. Stopping closes the
/// listening socket and every connection at once, whatever the clients are sending.
final class HTTPListener: Sendable {
    /// The address it serves at, `http://127.0.0.1:8000/`, with the port the system gave.
    let address: URL
    private let group: MultiThreadedEventLoopGroup
    private let pool: NIOThreadPool
    private let channel: any Channel

    private init(address: URL, group: MultiThreadedEventLoopGroup, pool: NIOThreadPool, channel: any Channel) {
        self.address = address
        self.group = group
        self.pool = pool
        self.channel = channel
    }

    /// Listens on `host` and `port` (0 asks the system for a free port). Throws `PreviewError`.
    static func start(host: String, port: UInt16, handler: PreviewHandler, limits: RequestLimits) async throws
        -> HTTPListener
    {
        let socketAddress = try SocketAddresses.make(host: host, port: port)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        let pipeline = PreviewPipeline(
            handler: handler, hosts: .listening(on: socketAddress.ipAddress ?? host), limits: limits, work: .pool(pool))
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let port = channel.localAddress?.port ?? Int(port)
                    try pipeline.configure(channel.pipeline.syncOperations, port: port)
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.bind(to: socketAddress).get()
        } catch {
            await shutDown(nil, pool, group)
            throw PreviewError.cannotListen(host: host, port: port, reason: PreviewError.reason(error))
        }
        guard let address = channel.localAddress.flatMap(SocketAddresses.url) else {
            await shutDown(channel, pool, group)
            throw PreviewError.cannotListen(host: host, port: port, reason: "dirección desconocida")
        }
        return HTTPListener(address: address, group: group, pool: pool, channel: channel)
    }

    /// Closes the listening socket and every connection at once, whatever the clients are doing.
    func stop() async {
        await Self.shutDown(channel, pool, group)
    }

    /// Closes the listening socket, lets file work under way finish (queued work is cancelled),
    /// then shuts the event loops down, which closes every connection.
    private static func shutDown(
        _ channel: (any Channel)?, _ pool: NIOThreadPool, _ group: MultiThreadedEventLoopGroup
    ) async {
        try? await channel?.close().get()
        try? await pool.shutdownGracefully()
        try? await group.shutdownGracefully()
    }
}
