import NIOCore
import NIOHTTP1

/// The last handler of every connection: it checks each request head, has it answered off the
/// event loop and writes the answer. A file that is not HTML goes out a chunk at a time, the
/// next chunk read only once the previous one is written, so a slow reader holds one chunk.
/// The gate lets the next request in only when an answer is written, so one connection never
/// has two answers in memory.
final class PreviewResponder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    static let chunkSize = 256 * 1024

    private let handler: PreviewHandler
    private let hosts: HostPolicy
    private let port: Int
    private let work: FileWork
    private let gate: RequestGate
    private let statusWait: TimeAmount
    private var answering = false

    init(
        handler: PreviewHandler, hosts: HostPolicy, port: Int, work: FileWork, gate: RequestGate,
        statusWait: TimeAmount
    ) {
        self.handler = handler
        self.hosts = hosts
        self.port = port
        self.work = work
        self.gate = gate
        self.statusWait = statusWait
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // A request's body parts and end need nothing: one with a body is answered on its head
        // and its connection closed, so its body is never read as a request.
        guard case .head(let head) = unwrapInboundIn(data), !answering else { return }
        gate.headReceived()
        answering = true
        let reusable = Self.keepsConnection(head)
        let headOnly = head.method == .HEAD
        if let refusal = Refusal.check(head, hosts: hosts, port: port) {
            let keepAlive = reusable && refusal == .methodNotAllowed
            return send(refusal.answer, headOnly: headOnly, keepAlive: keepAlive, context: context)
        }
        if let known = handler.awaitedChange(target: head.uri) {
            return answerAfterBuild(known, headOnly: headOnly, keepAlive: reusable, context: context)
        }
        let handler = handler
        let target = head.uri
        work.run(on: context.eventLoop) { try handler.answer(target: target) }
            .assumeIsolated().whenComplete { result in
                let answer = (try? result.get()) ?? .text("No se pudo leer el archivo.", .internalServerError)
                self.send(answer, headOnly: headOnly, keepAlive: reusable, context: context)
            }
    }

    /// A head the gate or NIO's decoder could not take gets its refusal, and the connection
    /// closes; any other error ends the connection at once.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        gate.drain()
        guard !answering, let refusal = Refusal(error) else {
            context.close(promise: nil)
            return
        }
        answering = true
        send(refusal.answer, headOnly: false, keepAlive: false, context: context)
    }

    /// Answers a status request once a build after the change it has seen is recorded, or with
    /// the status as it is after `statusWait`. The build's thread only completes a promise; the
    /// answer is written on the connection's event loop.
    private func answerAfterBuild(_ known: Int, headOnly: Bool, keepAlive: Bool, context: ChannelHandlerContext) {
        let status = handler.status
        let promise = context.eventLoop.makePromise(of: BuildStatus.Snapshot.self)
        if let ticket = status.wait(after: known, { promise.succeed($0) }) {
            let timeout = context.eventLoop.scheduleTask(in: statusWait) {
                // Whichever of the build and the timeout takes the ticket answers.
                if status.cancel(ticket) { promise.succeed(status.snapshot) }
            }
            promise.futureResult.whenComplete { _ in timeout.cancel() }
        }
        promise.futureResult.assumeIsolated().whenSuccess { snapshot in
            let answer = Answer(.ok, contentType: "application/json", bytes: BuildStatus.json(snapshot))
            self.send(answer, headOnly: headOnly, keepAlive: keepAlive, context: context)
        }
    }

    private func send(_ answer: Answer, headOnly: Bool, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = answer.headers
        headers.replaceOrAdd(name: "Content-Length", value: String(answer.length))
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: .http1_1, status: answer.status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        switch answer.body {
        case .bytes(let bytes) where !headOnly && bytes.readableBytes > 0:
            context.write(wrapOutboundOut(.body(.byteBuffer(bytes))), promise: nil)
        case .file(let file) where !headOnly:
            return stream(file, from: 0, keepAlive: keepAlive, context: context)
        default:
            break
        }
        finish(keepAlive: keepAlive, context: context)
    }

    private func stream(_ file: OpenFile, from offset: Int, keepAlive: Bool, context: ChannelHandlerContext) {
        guard offset < file.size else { return finish(keepAlive: keepAlive, context: context) }
        let count = min(Self.chunkSize, file.size - offset)
        let allocator = context.channel.allocator
        work.run(on: context.eventLoop) { try file.read(at: offset, count: count, allocator: allocator) }
            .assumeIsolated()
            .flatMap { chunk -> EventLoopFuture<Void> in
                // A shorter file would break the length already promised: end the connection.
                guard chunk.readableBytes == count else {
                    return context.eventLoop.makeFailedFuture(ChannelError.inputClosed)
                }
                return context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(chunk))))
            }
            .whenComplete { result in
                switch result {
                case .success: self.stream(file, from: offset + count, keepAlive: keepAlive, context: context)
                case .failure: context.close(promise: nil)
                }
            }
    }

    /// Ends the answer. The next request comes in once it is written; a closing connection
    /// first sends the whole answer and shuts its side, then drops what the client still sends.
    private func finish(keepAlive: Bool, context: ChannelHandlerContext) {
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        guard keepAlive else {
            gate.drain()
            written.assumeIsolated().whenComplete { _ in
                context.close(mode: .output).assumeIsolated().whenFailure { _ in context.close(promise: nil) }
            }
            return
        }
        written.assumeIsolated().whenComplete { result in
            guard case .success = result else { return context.close(promise: nil) }
            self.answering = false
            self.gate.responseFinished()
        }
    }

    /// Whether the connection can take another request after this one: HTTP/1.1 keep-alive,
    /// with no body announced (it is never read) and no switch of protocol or tunnel, after
    /// which NIO's decoder reads nothing more.
    private static func keepsConnection(_ head: HTTPRequestHead) -> Bool {
        head.version == .http1_1 && head.isKeepAlive && head.method != .CONNECT
            && !head.headers.contains(name: "Upgrade") && !head.headers.contains(name: "Transfer-Encoding")
            && head.headers["Content-Length"].allSatisfy { $0 == "0" }
    }
}
