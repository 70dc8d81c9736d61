// Fuzz target: the preview server's request handling. The input is what a client sends on one
// connection, fed through the pipeline `libro servir` gives every connection (PreviewPipeline on
// an EmbeddedChannel) over a small fixed site; then the clock is moved past every deadline.
// Whatever comes back must be well-formed HTTP/1.1 responses with an expected status, and no
// byte of the secret beside the served folder. See Tests/Fuzz/run.sh.
import Diagnostics
import Foundation
import FuzzDriver
import LibroKit
import NIOCore
import NIOEmbedded

// The pipeline's types are internal to Preview; fuzz targets are debug builds, which allow this.
@testable import Preview

/// Small limits, so short inputs reach every one of them.
private let limits: RequestLimits = {
    var limits = RequestLimits()
    limits.requestLine = 200
    limits.headerField = 120
    limits.headers = 400
    limits.headerCount = 8
    return limits
}()

private let port = 8000
private let expectedStatuses: Set<Int> = [200, 307, 400, 403, 404, 405, 408, 414, 431]

/// The first byte of an input cuts the rest into reads of this many bytes (0: one read), so
/// request lines and heads are split at every place across reads.
private let readSizes = [0, 1, 2, 3, 5, 8, 13, 64, 255]

private final class Fixture {
    let site: ServedSite
    let pipeline: PreviewPipeline

    init() throws {
        site = try ServedSite()
        let status = BuildStatus()
        status.record(BuildReport(diagnostics: DiagnosticList(), pages: 1, files: 1, milliseconds: 1, wroteSite: true))
        pipeline = PreviewPipeline(
            handler: PreviewHandler(files: SiteFiles(root: site.root), status: status),
            hosts: .listening(on: "127.0.0.1"),
            limits: limits,
            work: .inPlace
        )
    }

    /// Runs one connection and returns every byte the server wrote on it.
    func exchange(_ input: Data, readSize: Int) throws -> [UInt8] {
        let channel = EmbeddedChannel()
        try pipeline.configure(channel.pipeline.syncOperations, port: port)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: port)).wait()
        var written: [UInt8] = []
        let reads =
            readSize == 0
            ? [input[...]]
            : stride(from: 0, to: input.count, by: readSize).map {
                input.dropFirst($0).prefix(readSize)
            }
        for read in reads where channel.isActive {
            try channel.writeInbound(channel.allocator.buffer(bytes: read))
            written += try Self.drain(channel)
        }
        // Past the head deadline, the idle time and the linger time, one after the other.
        for delay in [limits.headTime, limits.idleTime, limits.lingerTime] {
            channel.embeddedEventLoop.advanceTime(by: delay)
            written += try Self.drain(channel)
        }
        _ = try? channel.finish(acceptAlreadyClosed: true)
        return written
    }

    private static func drain(_ channel: EmbeddedChannel) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while let data = try channel.readOutbound(as: IOData.self) {
            guard case .byteBuffer(let buffer) = data else { fatalError("a file region was written") }
            bytes += buffer.readableBytesView
        }
        return bytes
    }
}

/// The properties every connection's output must have, whatever the input.
private func check(_ written: [UInt8]) throws {
    let stream = try ResponseStream(written)
    let secret = Array(ServedSite.secret.utf8)
    precondition(!written.indices.contains { written[$0...].starts(with: secret) }, "the secret was served")
    for (index, response) in stream.responses.enumerated() {
        precondition(expectedStatuses.contains(response.status), "status \(response.status)")
        precondition(response.headers["cache-control"] == ["no-store"], "no Cache-Control: no-store")
        precondition(response.headers["x-content-type-options"] == ["nosniff"], "no nosniff")
        precondition(response.headers["content-type"]?.count == 1, "no single Content-Type")
        if response.headers["connection"] == ["close"] {
            precondition(index == stream.responses.count - 1, "an answer after Connection: close")
        }
    }
    #if !FUZZING
        // Replaying a file: say what the connection answered.
        print(stream.responses.map { "\($0.status) (\($0.body.count) bytes)" }.joined(separator: ", "))
    #endif
}

nonisolated(unsafe) private var fixture: Fixture?

private func run(_ data: Data) {
    guard let first = data.first else { return }
    if fixture == nil {
        do {
            fixture = try Fixture()
        } catch {
            fatalError("could not write the fixed site: \(error)")
        }
        atexit { if let folder = fixture?.site.folder { try? FileManager.default.removeItem(at: folder) } }
    }
    guard let fixture else { return }
    do {
        try check(fixture.exchange(data.dropFirst(), readSize: readSizes[Int(first) % readSizes.count]))
    } catch {
        fatalError("\(error)")
    }
}

@main
enum Fuzzer {
    static func main() throws { try FuzzDriver.run(run) }
}
