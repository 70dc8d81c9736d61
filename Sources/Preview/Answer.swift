import NIOCore
import NIOHTTP1

/// A response ready to be written: its status, its headers and where its body comes from.
/// Nothing is cached, since the site changes under the server, and no type is guessed.
struct Answer: Sendable {
    enum Body: Sendable {
        case bytes(ByteBuffer)
        case file(OpenFile)
    }

    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: Body

    init(_ status: HTTPResponseStatus, contentType: String, body: Body) {
        self.status = status
        self.body = body
        headers = [
            "Content-Type": contentType,
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        ]
    }

    init(_ status: HTTPResponseStatus, contentType: String, bytes: some Sequence<UInt8>) {
        self.init(status, contentType: contentType, body: .bytes(ByteBuffer(bytes: bytes)))
    }

    static func text(_ message: String, _ status: HTTPResponseStatus) -> Answer {
        Answer(status, contentType: "text/plain; charset=utf-8", bytes: Array((message + "\n").utf8))
    }

    var length: Int {
        switch body {
        case .bytes(let bytes): bytes.readableBytes
        case .file(let file): file.size
        }
    }
}
