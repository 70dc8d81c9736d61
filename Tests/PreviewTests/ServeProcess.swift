import Foundation

/// `libro servir` run as a process of its own, as a facilitator runs it: something a test can
/// send SIGTERM to and whose exit status it can read.
final class ServeProcess {
    let process: Process
    let port: UInt16
    private let output: Output

    /// Collects what the process prints, from the pipe's own thread.
    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""

        var current: String { lock.withLock { text } }

        func append(_ data: Data) {
            lock.withLock { text += String(decoding: data, as: UTF8.self) }
        }
    }

    private init(process: Process, port: UInt16, output: Output) {
        self.process = process
        self.port = port
        self.output = output
    }

    /// The `libro` that `swift build` put beside the test bundle.
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("libro")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return PreviewFixture.theme.deletingLastPathComponent().appendingPathComponent(".build/debug/libro")
    }

    /// Starts serving `content` with the repository's theme on a free port, with its temporary
    /// folder made in `temporary`, and returns once it says where it serves.
    static func start(content: URL, temporary: URL) throws -> ServeProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "serve", "--content", content.path, "--theme", PreviewFixture.theme.path, "--puerto", "0",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
        let pipe = Pipe()
        let output = Output()
        pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let port = servedPort(in: output.current) {
                return ServeProcess(process: process, port: port, output: output)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()
        throw HTTPProbe.Failure(description: "libro servir did not start: \(output.current)")
    }

    /// Waits for the process to end, at most `limit` seconds; nil if it had not (it is killed).
    func waitForExit(within limit: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    private static func servedPort(in text: String) -> UInt16? {
        guard let start = text.range(of: "sirviendo en http://127.0.0.1:") else { return nil }
        return UInt16(text[start.upperBound...].prefix { $0.isNumber })
    }
}
