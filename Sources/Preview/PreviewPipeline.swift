import NIOCore
import NIOHTTP1

/// The handlers of one connection, in order: the gate (request line, deadlines, one request at
/// a time), NIO's HTTP/1 encoder and decoder (header limits) and the responder. The server and
/// the fuzz target set up connections with the same `configure`, so what is fuzzed is what
/// serves.
struct PreviewPipeline: Sendable {
    let handler: PreviewHandler
    let hosts: HostPolicy
    let limits: RequestLimits
    let work: FileWork

    /// `port` is the one the connection came in on, which a `Host` header must name if it names one.
    func configure(_ pipeline: ChannelPipeline.SynchronousOperations, port: Int) throws {
        let gate = RequestGate(limits: limits)
        try pipeline.addHandler(gate)
        // No pipelining assistance: the gate already holds a request until the last is
        // answered. No error handling: the responder answers errors with their own status.
        try pipeline.configureHTTPServerPipeline(
            withPipeliningAssistance: false,
            withErrorHandling: false,
            withEncoderConfiguration: .init(),
            withDecoderLimitConfiguration: limits.decoder
        )
        let responder = PreviewResponder(
            handler: handler, hosts: hosts, port: port, work: work, gate: gate, statusWait: limits.statusWait)
        try pipeline.addHandler(responder)
    }
}
