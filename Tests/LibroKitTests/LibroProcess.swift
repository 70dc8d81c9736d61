import Foundation

/// The `libro` executable that `swift build` put beside the test bundle, run as a process of its
/// own: what a facilitator runs, with its own environment, and something a test can kill.
enum LibroProcess {
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("libro")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixtures.repository.appendingPathComponent(".build/debug/libro")
    }

    static func start(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to the end and returns the exit status.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Int32 {
        let process = try start(arguments, in: folder, environment: environment)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
