import Emit
import Foundation
import Model
import Testing
import Workers

/// `SiteWriter` hands each page to a queue that creates the files while the next pages render:
/// a file it could not create still fails the build, named, and the previous site stays.
@Suite struct SiteWriterTests {
    @Test func aFileThatCannotBeCreatedFailsTheBuildAndLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        var first = try SiteWriter(for: output)
        try first.add([OutputFile(path: "index.html", contents: .text("uno"))])
        try first.finish()

        var writer = try SiteWriter(for: output)
        try writer.expect(["guia/a.html", "guia/b.html"])
        // A file now stands where the folder for both pages was made: neither can be created.
        let guide = writer.folder.appendingPathComponent("guia")
        try FileManager.default.removeItem(at: guide)
        try Data("no es una carpeta".utf8).write(to: guide)
        var failure: SiteWriter.Failure?
        do throws(SiteWriter.Failure) {
            try writer.write(OutputFile(path: "guia/a.html", contents: .text("a")))
            try writer.write(OutputFile(path: "guia/b.html", contents: .text("b")))
            try writer.add([OutputFile(path: "index.html", contents: .text("dos"))])
            try writer.finish()
        } catch {
            failure = error
        }
        #expect(failure?.description.contains("guia/a.html") == true)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "uno")
    }

    @Test func everyFileHandedOverIsInTheSiteOnceItIsInPlace() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        let paths = (0..<300).map { "seccion-\($0 % 3)/pagina-\($0).html" }
        var writer = try SiteWriter(for: output)
        try writer.expect(paths)
        let handed = writer
        let failures = Parallel.map(paths.count) { index -> SiteWriter.Failure? in
            do throws(SiteWriter.Failure) {
                try handed.write(OutputFile(path: paths[index], contents: .text("página \(index)")))
                return nil
            } catch {
                return error
            }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        try writer.finish()
        for (index, path) in paths.enumerated() {
            let text = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(text == "página \(index)")
        }
        #expect(writer.writtenFiles.count == paths.count)
    }
}
