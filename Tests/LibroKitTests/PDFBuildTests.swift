import Foundation
import LibroKit
import Testing

/// `libro construir --pdf` as a facilitator runs it: the built executable, in its own process, with
/// the environment a machine without Chromium (or with a browser that fails) has.
@Suite struct PDFBuildTests {
    /// A folder with a site already built from the fixture with a book for print.
    final class Built {
        let folder: TemporaryFolder
        let arguments: [String]
        var site: URL { folder.url.appendingPathComponent("site") }

        init() throws {
            folder = try TemporaryFolder()
            arguments = [
                "build", "--content", Fixtures.content("imprimir").path, "--theme", Fixtures.theme.path, "--output",
                "site",
            ]
            let first = try PDFBuildTests.run(arguments, in: folder.url)
            #expect(first.status == 0, "\(first.error)")
        }

        /// A stand-in for Chromium: a script that runs with its arguments.
        func browser(_ script: String) throws -> String {
            let path = folder.url.appendingPathComponent("navegador").path
            try ("#!/bin/sh\n" + script).write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            return path
        }
    }

    @Test func withoutChromiumNothingIsWritten() throws {
        let built = try Built()
        let before = try snapshot(of: built.folder.url)
        let run = try Self.run(
            built.arguments + ["--pdf"], in: built.folder.url, environment: ["PATH": "/nonexistent"])
        #expect(run.status != 0)
        #expect(run.error.contains("--pdf: error: no se encontró Chromium"), "\(run.error)")
        #expect(run.error.contains("sudo apt install chromium"))
        #expect(run.error.contains("navegador_pdf"))
        #expect(run.error.contains("no se escribió nada (site/ queda como estaba)"))
        #expect(try snapshot(of: built.folder.url) == before)
    }

    @Test func aBrowserNamedButMissingIsAnError() throws {
        let built = try Built()
        let before = try snapshot(of: built.folder.url)
        let run = try Self.run(
            built.arguments + ["--pdf"], in: built.folder.url, environment: ["LIBRO_CHROMIUM": "/no/existe/chromium"])
        #expect(run.status != 0)
        #expect(run.error.contains("LIBRO_CHROMIUM: error: la variable LIBRO_CHROMIUM nombra «/no/existe/chromium»"))
        #expect(try snapshot(of: built.folder.url) == before)
    }

    @Test func theSettingInLibroYmlIsUsedAndLocated() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "---\ntitulo: Inicio\n---\nHola.\n".write(
            to: content.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "titulo: Prueba\nnavegador_pdf: /no/existe/chromium\n".write(
            to: content.appendingPathComponent("libro.yml"), atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--theme", Fixtures.theme.path, "--pdf"], in: folder.url)
        #expect(run.status != 0)
        #expect(
            run.error.hasPrefix(
                "content/libro.yml:2:16: error: `navegador_pdf` nombra «/no/existe/chromium», que no es un programa"),
            "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
    }

    @Test func aFailedPDFLeavesThePreviousSite() throws {
        let built = try Built()
        let failing = try built.browser("exit 3\n")
        let before = try snapshot(of: built.site)
        let run = try Self.run(
            built.arguments + ["--pdf"], in: built.folder.url, environment: ["LIBRO_CHROMIUM": failing])
        #expect(run.status != 0)
        #expect(
            run.error.contains("no se pudo hacer el PDF de «imprimir.html» («Libro de Trabajo completo»)"),
            "\(run.error)")
        #expect(run.error.contains("Chromium terminó con un error (código 3) [pdf-fallido]"))
        #expect(try snapshot(of: built.site) == before)
    }

    @Test func aBrowserThatHangsIsStopped() throws {
        let built = try Built()
        let before = try snapshot(of: built.site)
        var options = Fixtures.options(content: Fixtures.content("imprimir"), output: built.site)
        options.pdf = true
        options.pdfBrowser = try built.browser("exec sleep 60\n")
        options.pdfTimeout = 1
        let report = Libro.build(options)
        #expect(!report.succeeded)
        let problem = report.diagnostics.errors.first { $0.code == "pdf-fallido" }
        #expect(problem?.message.contains("«imprimir.html»") == true)
        #expect(problem?.message.contains("Chromium tardó más de 1 s y se detuvo") == true, "\(report.diagnostics)")
        #expect(try snapshot(of: built.site) == before)
    }

    @Test func pdfsGoBesideTheirPagesWithFixedDates() throws {
        let built = try Built()
        // Writes where it is told a PDF stamped with the time it ran, as Chromium does.
        let browser = try built.browser(
            """
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}" ;; esac
            done
            stamp=$(date -u +%Y%m%d%H%M%S)
            printf '%%PDF-1.4\\n<</CreationDate (D:%s+00'"'"'00'"'"') /ModDate (D:%s+00'"'"'00'"'"')>>\\n' \
              "$stamp" "$stamp" > "$out"
            """)
        let page = built.site.appendingPathComponent("imprimir.html")
        let plain = try String(contentsOf: page, encoding: .utf8)
        #expect(!plain.contains("imprimir.pdf"))
        let run = try Self.run(
            built.arguments + ["--pdf"], in: built.folder.url, environment: ["LIBRO_CHROMIUM": browser])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.out.contains(", 1 PDF,"))
        let pdf = try String(contentsOf: built.site.appendingPathComponent("imprimir.pdf"), encoding: .utf8)
        #expect(pdf == "%PDF-1.4\n<</CreationDate (D:20000101000000+00'00') /ModDate (D:20000101000000+00'00')>>\n")
        let linked = try String(contentsOf: page, encoding: .utf8)
        #expect(linked.contains(#"<a href="imprimir.pdf" download>Descargar PDF</a>"#))
        // Only pages printed whole get a PDF.
        #expect(!FileManager.default.fileExists(atPath: built.site.appendingPathComponent("index.pdf").path))

        // A build without --pdf is the site it always was: no link and no PDF.
        let again = try Self.run(built.arguments, in: built.folder.url)
        #expect(again.status == 0)
        #expect(try String(contentsOf: page, encoding: .utf8) == plain)
        #expect(!FileManager.default.fileExists(atPath: built.site.appendingPathComponent("imprimir.pdf").path))
    }

    struct Finished {
        let status: Int32
        let out: String
        let error: String
    }

    /// The executable run to the end, with what it printed; `LIBRO_CHROMIUM` and
    /// `SOURCE_DATE_EPOCH` are cleared unless given.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Finished {
        let process = Process()
        process.executableURL = LibroProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["LIBRO_CHROMIUM"] = nil
        merged["SOURCE_DATE_EPOCH"] = nil
        process.environment = merged.merging(environment) { $1 }
        let out = Pipe()
        let error = Pipe()
        process.standardOutput = out
        process.standardError = error
        try process.run()
        // Read before waiting, so a full pipe cannot stall the process.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Finished(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }
}
