import Foundation
import LibroKit

/// PREVIEW: `libro servir`. Builds the site into a private temporary folder, serves it over HTTP,
/// rebuilds when the content or the theme change and tells open pages to reload. While the
/// content is broken the last good site stays served and pages show the errors.
public actor PreviewServer {
    private struct Running {
        let http: HTTPListener
        let watcher: FileWatcher
        let workFolder: URL
        let address: URL
    }

    private var options: BuildOptions
    private let host: String
    private let port: UInt16
    private let pollInterval: Duration
    private let limits: RequestLimits
    private let onBuild: @Sendable (BuildReport, URL) -> Void
    private let status = BuildStatus()
    private let queue = DispatchQueue(label: "libro.serve.builds")
    private var running: Running?

    /// - Parameters:
    ///   - options: what to build; its output folder is replaced by a private temporary one.
    ///   - host: an IPv4 or IPv6 address to listen on; loopback IPv4 unless told otherwise.
    ///   - port: the port to listen on; 0 asks the system for a free one.
    ///   - pollInterval: how often the content and theme folders are compared for changes.
    ///   - limits: what a request may send and how long it may take (see `RequestLimits`).
    ///   - onBuild: called after every build with its report and the address the site is at.
    public init(
        options: BuildOptions,
        host: String = "127.0.0.1",
        port: UInt16 = 8000,
        pollInterval: Duration = .milliseconds(400),
        limits: RequestLimits = RequestLimits(),
        onBuild: @escaping @Sendable (BuildReport, URL) -> Void = { _, _ in }
    ) {
        self.options = options
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.limits = limits
        self.onBuild = onBuild
    }

    /// The folder being served; nil until started.
    var siteFolder: URL? { running.map { $0.workFolder.appendingPathComponent("sitio") } }

    /// Listens, builds the site once, starts watching and returns the address it serves at
    /// (`http://127.0.0.1:8000/`). Throws `PreviewError` when it cannot listen.
    public func start() async throws -> URL {
        if let running { return running.address }
        let workFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("libro-serve-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        } catch {
            throw PreviewError.workFolder(error.localizedDescription)
        }
        let site = workFolder.appendingPathComponent("sitio")
        options.outputFolder = site

        let http: HTTPListener
        do {
            let handler = PreviewHandler(files: SiteFiles(root: site), status: status)
            http = try await HTTPListener.start(host: host, port: port, handler: handler, limits: limits)
        } catch {
            try? FileManager.default.removeItem(at: workFolder)
            throw error
        }
        let address = http.address

        let onBuild = onBuild
        let builder = SiteBuilder(options: options, status: status) { onBuild($0, address) }
        let watcher = FileWatcher(folders: builder.folders, every: pollInterval, queue: queue) {
            builder.build(changed: $0)
        }
        running = Running(http: http, watcher: watcher, workFolder: workFolder, address: address)
        watcher.start()
        await withCheckedContinuation { (built: CheckedContinuation<Void, Never>) in
            queue.async {
                builder.build()
                built.resume()
            }
        }
        return address
    }

    /// Closes the server and every connection at once, stops watching (letting a build under
    /// way finish, since it writes into the folder) and removes the temporary folder.
    public func stop() async {
        guard let running else { return }
        self.running = nil
        await running.http.stop()
        await running.watcher.stop()
        try? FileManager.default.removeItem(at: running.workFolder)
    }
}
