import Foundation
import LibroKit
import Testing

/// The catalogue of bad inputs: every case gets its expected located errors, all of them in one
/// run and nothing written, or builds as documented.
@Suite struct BadInputTests {
    @Test func theCatalogueIsLargeAndNamesEveryCaseOnce() {
        #expect(BadInput.catalogue.count >= 30)
        #expect(Set(BadInput.catalogue.map(\.name)).count == BadInput.catalogue.count)
    }

    @Test(arguments: BadInput.catalogue)
    func answersEachBadInputAsDocumented(_ input: BadInput) throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        let base =
            input.base == .basic
            ? Fixtures.content("basico") : Fixtures.repository.appendingPathComponent("content")
        try FileManager.default.copyItem(at: base, to: content)
        for change in input.changes { try apply(change, in: content) }

        let output = folder.url.appendingPathComponent("site")
        let report = Libro.build(Fixtures.options(content: content, output: output))
        switch input.expected {
        case .errors(let expected):
            let errors = report.diagnostics.errors.map { "\(relative($0.location.description)) [\($0.code)]" }
            #expect(errors == expected)
            #expect(!report.wroteSite)
            #expect(!FileManager.default.fileExists(atPath: output.path))
        case .built(let contains, let lacks):
            #expect(report.diagnostics.errors.map(\.description) == [])
            for (file, text) in contains {
                let written = try Data(contentsOf: output.appendingPathComponent(file))
                #expect(written.range(of: Data(text.utf8)) != nil, "\(file) debería contener «\(text)»")
            }
            for (file, text) in lacks {
                let written = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                #expect(!written.contains(text), "\(file) no debería contener «\(text)»")
            }
        }
    }

    /// Diagnostics name the content folder by the path the build was given; tests compare
    /// them as the README shows them, from `content/`.
    private func relative(_ location: String) -> String {
        guard let range = location.range(of: "/content/") else { return location }
        return "content/" + location[range.upperBound...]
    }

    private func apply(_ change: BadInput.Change, in content: URL) throws {
        let fileManager = FileManager.default
        func prepare(_ path: String) throws -> URL {
            let url = content.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fileManager.removeItem(at: url)
            return url
        }
        switch change {
        case .write(let path, let bytes):
            try Data(bytes).write(to: try prepare(path))
        case .append(let path, let text):
            let handle = try FileHandle(forWritingTo: content.appendingPathComponent(path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        case .link(let path, let target):
            try fileManager.createSymbolicLink(atPath: try prepare(path).path, withDestinationPath: target)
        case .sized(let path, let size):
            let url = try prepare(path)
            fileManager.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
    }
}
