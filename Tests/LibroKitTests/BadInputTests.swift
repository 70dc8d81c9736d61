import Foundation
import LibroKit
import Testing

@testable import LibroCLI

/// The catalogue of bad inputs, each built as a facilitator runs libro (`libro construir` in a folder
/// that holds `content/` and a previous `site/`): every case gets its expected located errors in
/// Spanish, all of them in one run, with the previous site untouched, or builds as documented.
/// Whatever the input, what libro prints holds no control character but the line break and the
/// status-line sequences libro writes itself.
@Suite struct BadInputTests {
    @Test func theCatalogueIsLargeAndNamesEveryCaseOnce() {
        #expect(BadInput.catalogue.count >= 30)
        #expect(Set(BadInput.catalogue.map(\.name)).count == BadInput.catalogue.count)
    }

    /// What the previous build left in `site/`, which a failed build must not touch.
    static let previousSite: [String: Data] = [
        "index.html": Data("<p>sitio anterior</p>\n".utf8), "recursos/estilo.css": Data("p {}\n".utf8),
    ]

    @Test(arguments: BadInput.catalogue)
    func answersEachBadInputAsDocumented(_ input: BadInput) throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        let base =
            input.base == .basic
            ? Fixtures.content("basico") : Fixtures.repository.appendingPathComponent("content")
        try FileManager.default.copyItem(at: base, to: content)
        for change in input.changes { try apply(change, in: content, beside: folder.url) }
        let output = folder.url.appendingPathComponent("site")
        for (path, data) in Self.previousSite { try folder.write("site/\(path)", data) }

        let run = CapturedRun(
            ["build", "--content", "content", "--theme", Fixtures.theme.path] + input.arguments, in: folder.url,
            terminal: true)

        #expect(Self.controlCharacters(in: run.out + run.error) == [], "\(run.error)")
        let errors = Self.errors(in: run.error)
        for fragment in input.says {
            #expect(errors.contains { $0.message.contains(fragment) }, "ningún error dice «\(fragment)»: \(run.error)")
        }
        for error in errors {
            #expect(!Self.english.contains { error.message.contains($0) }, "mensaje en inglés: \(error.message)")
        }
        switch input.expected {
        case .errors(let expected):
            #expect(errors.map(\.located).sorted() == expected.sorted())
            #expect(run.status == 1)
            #expect(try snapshot(of: output) == Self.previousSite, "site/ cambió")
        case .built(let contains, let lacks):
            #expect(errors.map(\.located) == [])
            #expect(run.status == 0, "\(run.error)")
            for (file, text) in contains {
                let written = try Data(contentsOf: output.appendingPathComponent(file))
                #expect(written.range(of: Data(text.utf8)) != nil, "\(file) debería contener «\(text)»")
            }
            for (file, text) in lacks {
                let written = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                #expect(!written.contains(text), "\(file) no debería contener «\(text)»")
            }
        }
        if let leaves = input.leaves {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == leaves.sorted())
        }
    }

    /// Words of libyaml's and Foundation's English that must never reach a message.
    static let english = ["did not find", "expected", "not allowed", "while scanning", "couldn’t", "The file"]

    /// The errors a run printed, each as `location [code]` with its message. Diagnostics name the
    /// content folder as the command gave it, `content/`; the theme by its whole path.
    static func errors(in printed: String) -> [(located: String, message: String)] {
        printed.split(separator: "\n").compactMap { line in
            guard let separator = line.range(of: ": error: "), let code = line.range(of: " [", options: .backwards)
            else { return nil }
            let location = String(line[..<separator.lowerBound])
            let shown = location.range(of: "/theme/").map { "theme/" + location[$0.upperBound...] } ?? location
            return (
                "\(shown) \(line[code.lowerBound...].dropFirst())", String(line[separator.upperBound..<code.lowerBound])
            )
        }
    }

    /// Control characters in `printed` other than the line break, once the sequence libro writes
    /// to redraw its status line on a terminal is set aside.
    static func controlCharacters(in printed: String) -> [String] {
        printed.replacingOccurrences(of: "\r\u{1B}[2K", with: "").unicodeScalars
            .filter { $0 != "\n" && ($0.properties.generalCategory == .control || $0 == "\u{2028}") }
            .map { String($0.value, radix: 16) }
    }

    private func apply(_ change: BadInput.Change, in content: URL, beside folder: URL) throws {
        let fileManager = FileManager.default
        func prepare(_ url: URL) throws -> URL {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fileManager.removeItem(at: url)
            return url
        }
        switch change {
        case .write(let path, let bytes):
            try Data(bytes).write(to: try prepare(content.appendingPathComponent(path)))
        case .beside(let path, let bytes):
            try Data(bytes).write(to: try prepare(folder.appendingPathComponent(path)))
        case .append(let path, let text):
            let handle = try FileHandle(forWritingTo: content.appendingPathComponent(path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        case .link(let path, let target):
            try fileManager.createSymbolicLink(
                atPath: try prepare(content.appendingPathComponent(path)).path, withDestinationPath: target)
        case .sized(let path, let size):
            let url = try prepare(content.appendingPathComponent(path))
            fileManager.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
    }
}
