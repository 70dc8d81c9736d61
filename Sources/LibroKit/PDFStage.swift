import Diagnostics
import Emit
import Foundation
import Link
import Model
import Workers

extension BuildRun {
    /// For `--pdf`: finds the browser before anything is built; false, with the error recorded,
    /// when there is none.
    mutating func findPDFBrowser(_ config: SiteConfig) -> Bool {
        switch PDFBrowser.find(options, config: config) {
        case .success(let browser):
            pdfBrowser = browser
            return true
        case .failure(let problem):
            diagnostics.append(problem)
            return false
        }
    }

    /// Prints every print pack and book page to a PDF beside it, from the new site while it is
    /// still hidden: a PDF that fails leaves the previous site in place. Several at a time, one
    /// browser each. False, with the error recorded, when one could not be made.
    mutating func printPDFs(_ site: LinkedSite, with browser: URL, into writer: inout SiteWriter)
        throws(SiteWriter.Failure) -> Bool
    {
        // The pages are printed from the folder: every one must be in it.
        try writer.flush()
        let documents = site.pages.filter(\.printsAsDocument)
        try writer.expect(documents.map(\.pdfPath))
        let folder = SiteWriter.stagingFolder(for: options.outputFolder)
        let printer = PDFPrinter(browser: browser, timeout: options.pdfTimeout)
        let date = PDFMetadata.fixedDate()
        let counter = DoneCounter()
        let progress = progress
        let total = documents.count
        progress(.pdf, 0, total)
        let written = writer
        let failures = Parallel.map(total) { index -> String? in
            let page = documents[index]
            defer { progress(.pdf, counter.increment(), total) }
            do throws(PDFPrinter.Failure) {
                let bytes = try printer.print(page.outputPath, in: folder, date: date)
                do throws(SiteWriter.Failure) {
                    try written.write(OutputFile(path: page.pdfPath, contents: .bytes(bytes)))
                } catch {
                    return error.description
                }
                return nil
            } catch {
                return "no se pudo hacer el PDF de «\(page.outputPath)» («\(page.title)»): \(error.reason)"
            }
        }
        var failure = failures.compactMap({ $0 }).first
        do throws(SiteWriter.Failure) {
            try written.flush()
        } catch {
            failure = failure ?? error.description
        }
        if let failure {
            diagnostics.append(
                .error("pdf-fallido", failure, at: SourceLocation(file: options.outputFolder.path, line: 0, column: 0)))
            return false
        }
        pdfs = total
        stages.close(.pdf)
        return true
    }
}

/// How many PDFs are done, counted from every worker.
private final class DoneCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0

    func increment() -> Int {
        lock.withLock {
            done += 1
            return done
        }
    }
}
