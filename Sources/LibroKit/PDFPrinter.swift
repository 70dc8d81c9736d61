import Foundation

/// Prints one page of a site to PDF with headless Chromium, as a person would from the browser's
/// print dialog, but without its header and footer (date, title, file address, page numbers):
/// the page's CSS `@page` gives the paper size and margins.
public struct PDFPrinter: Sendable {
    public struct Failure: Error, Sendable {
        /// Why, in Spanish, without the page (the caller names it).
        public let reason: String
    }

    public let browser: URL
    /// Seconds one document may take before Chromium is stopped.
    public let timeout: Double

    public init(browser: URL, timeout: Double) {
        self.browser = browser
        self.timeout = timeout
    }

    /// The PDF of the page at `page` (a path in the site) in `folder`, with what would make it
    /// differ from one build to the next (dates, node numbers, links into `folder`) fixed.
    public func print(_ page: String, in folder: URL, date: Date) throws(Failure) -> [UInt8] {
        let fileManager = FileManager.default
        // Each run gets its own profile, so runs side by side do not share one and nothing of the
        // user's browser is read.
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("libro-pdf-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("pagina.pdf")
        do {
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: "no se pudo crear una carpeta temporal: \(error.localizedDescription)")
        }
        try run([
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=\(scratch.appendingPathComponent("perfil").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(output.path)",
            folder.appendingPathComponent(page).absoluteString,
        ])
        guard let data = fileManager.contents(atPath: output.path), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(reason: "Chromium terminó sin escribir el PDF")
        }
        let site = URL(fileURLWithPath: folder.path, isDirectory: true).absoluteString
        let linked = PDFLinks.relativizing([UInt8](data), folder: site, page: page)
        return PDFMetadata.fixingDates(in: PDFLinks.renumberingNodes(linked), to: date)
    }

    /// Runs the browser, its output discarded, stopping it after `timeout` seconds.
    private func run(_ arguments: [String]) throws(Failure) {
        let process = Process()
        process.executableURL = browser
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(reason: "no se pudo ejecutar «\(browser.path)»: \(error.localizedDescription)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            // Asked to stop, Chromium closes its own processes; one that does not is killed.
            if finished.wait(timeout: .now() + 10) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw Failure(reason: "Chromium tardó más de \(Int(timeout)) s y se detuvo")
        }
        if process.terminationReason != .exit || process.terminationStatus != 0 {
            throw Failure(reason: "Chromium terminó con un error (código \(process.terminationStatus))")
        }
    }
}
