import NIOCore
import NIOHTTP1

/// How much a client may send and how long it may take, so a hostile page or program cannot make
/// the preview spend memory or time on it. Generous for browsers: cookies that other programs on
/// `localhost` set reach this server too, and can add several kilobytes to every request.
public struct RequestLimits: Sendable {
    /// Bytes in the request line (`GET /ruta HTTP/1.1`, without its line end); longer gets 414.
    public var requestLine = 8192
    /// Bytes in one header's name or in its value; longer gets 431.
    public var headerField = 32 * 1024
    /// Bytes of every header name and value together, the request's URL included; more gets 431.
    public var headers = 64 * 1024
    /// Header lines in one request; more gets 431.
    public var headerCount = 100
    /// From a request's first byte to the blank line that ends its head; later gets 408.
    public var headTime: TimeAmount = .seconds(10)
    /// How long a connection may wait for its next request before it is closed.
    public var idleTime: TimeAmount = .seconds(60)
    /// After the last answer on a connection, how long what the client still sends is read and
    /// dropped before closing, so the answer is not lost to a reset while the client is writing.
    public var lingerTime: TimeAmount = .seconds(2)
    /// How long a page's request for the build status waits for the next build before it is
    /// answered with the status as it is (and the page asks again).
    public var statusWait: TimeAmount = .seconds(25)

    public init() {}

    /// The limits NIO's decoder enforces itself (it counts the URL as a header field too; the
    /// gate has refused a longer request line before the decoder sees it).
    var decoder: NIOHTTPDecoderLimitConfiguration {
        var configuration = NIOHTTPDecoderLimitConfiguration()
        configuration.maxHeaderFieldSize = max(headerField, requestLine)
        configuration.maxHeaderListSize = headers
        configuration.maxHeaderFieldCount = headerCount
        return configuration
    }
}
