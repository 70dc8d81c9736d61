import NIOCore

/// The first handler of every connection, before HTTP is parsed: it lets one request head
/// through at a time, refuses a request line that is too long (NIO's decoder would count it as
/// a header, answering 431 rather than 414), gives each head a deadline and closes idle
/// connections. Bytes go on to the decoder a line at a time while a head arrives, so the
/// responder's `headReceived()` marks exactly where a head ended; what follows waits here, with
/// reading paused, until the answer is written.
final class RequestGate: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = Any
    typealias OutboundOut = Any

    /// The limits the gate enforces itself; the responder answers them.
    enum Exceeded: Error, Equatable {
        case requestLine
        case headTime
    }

    private enum Phase: Equatable {
        /// Between requests: nothing of the next one has arrived.
        case waiting
        /// Bytes of the request line so far (since the last line end).
        case requestLine(Int)
        case headerLines
        /// A head went to the responder; what follows waits for its answer.
        case answering
        /// The connection is closing: whatever arrives is dropped.
        case draining
    }

    private let limits: RequestLimits
    private var phase = Phase.waiting
    private var pending: ByteBuffer?
    private var processing = false
    private var readHeld = false
    private var timer: Scheduled<Void>?
    private var context: ChannelHandlerContext?

    init(limits: RequestLimits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { armIdleTimer() }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        armIdleTimer()
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        phase = .draining
        pending = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard phase != .draining else { return }
        var bytes = unwrapInboundIn(data)
        if pending == nil {
            pending = bytes
        } else {
            pending?.writeBuffer(&bytes)
        }
        process()
    }

    /// Reading pauses while an answer is being written, so a client cannot pile up requests.
    func read(context: ChannelHandlerContext) {
        if phase == .answering {
            readHeld = true
        } else {
            context.read()
        }
    }

    /// The decoder has produced a request head from the bytes just passed on.
    func headReceived() {
        timer?.cancel()
        if phase != .draining { phase = .answering }
    }

    /// The answer is written and the connection stays open: the next request may come in.
    func responseFinished() {
        guard phase == .answering else { return }
        phase = .waiting
        releaseHeldRead()
        process()
    }

    /// No more requests on this connection: drop what arrives, and close once the client has
    /// read the last answer and closed its side, or after the linger time.
    func drain() {
        phase = .draining
        pending = nil
        releaseHeldRead()
        arm(after: limits.lingerTime) { $0.context?.close(promise: nil) }
    }
}

extension RequestGate {
    /// Passes on what has arrived, as far as the phase allows. The responder may call back into
    /// the gate while bytes are passed on; the loop then picks up the phase it set.
    private func process() {
        guard !processing else { return }
        processing = true
        defer { processing = false }
        while var bytes = pending, bytes.readableBytes > 0 {
            switch phase {
            case .waiting:
                arm(after: limits.headTime) { $0.refuse(.headTime) }
                phase = .requestLine(0)
            case .requestLine(let length):
                guard let piece = requestLinePiece(&bytes, length: length) else { return }
                pending = bytes
                forward(piece)
            case .headerLines:
                let piece = bytes.readSlice(length: lineLength(bytes) ?? bytes.readableBytes) ?? bytes
                pending = bytes
                forward(piece)
            case .answering:
                return
            case .draining:
                pending = nil
            }
        }
        pending = nil
        if phase == .waiting { armIdleTimer() }
    }

    /// The next piece of the request line, or nil once it is longer than the limit. A line end
    /// right at the start is an empty line, which HTTP allows before a request.
    private func requestLinePiece(_ bytes: inout ByteBuffer, length: Int) -> ByteBuffer? {
        // The line, its carriage return and its line feed.
        let allowed = limits.requestLine + 2 - length
        let window = bytes.getSlice(at: bytes.readerIndex, length: min(allowed, bytes.readableBytes)) ?? bytes
        guard let end = lineLength(window) else {
            guard window.readableBytes < allowed else {
                refuse(.requestLine)
                return nil
            }
            phase = .requestLine(length + window.readableBytes)
            return bytes.readSlice(length: window.readableBytes)
        }
        phase = length + end <= 2 && Self.isBlank(window, upTo: end) ? .requestLine(0) : .headerLines
        return bytes.readSlice(length: end)
    }

    private func forward(_ piece: ByteBuffer) {
        context?.fireChannelRead(wrapInboundOut(piece))
    }

    /// Length of the first line, its line feed included, if the buffer holds a whole one.
    private func lineLength(_ bytes: ByteBuffer) -> Int? {
        bytes.withUnsafeReadableBytes { $0.firstIndex(of: UInt8(ascii: "\n")) }.map { $0 + 1 }
    }

    private static func isBlank(_ bytes: ByteBuffer, upTo end: Int) -> Bool {
        bytes.readableBytesView.prefix(end).allSatisfy { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
    }

    private func refuse(_ refusal: Exceeded) {
        timer?.cancel()
        phase = .draining
        pending = nil
        context?.fireErrorCaught(refusal)
    }

    private func armIdleTimer() {
        arm(after: limits.idleTime) { $0.context?.close(promise: nil) }
    }

    private func arm(after delay: TimeAmount, _ action: @escaping (RequestGate) -> Void) {
        timer?.cancel()
        guard let context else { return }
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) { [self] in action(self) }
    }

    private func releaseHeldRead() {
        guard readHeld else { return }
        readHeld = false
        context?.read()
    }
}
