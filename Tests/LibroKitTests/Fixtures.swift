import Foundation
import LibroCLI
import LibroKit
@_exported import TestSupport

/// Paths of the repository and its fixture packages, found from this file.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("theme")
    /// The fixture packages, one folder per case: its `content/` and, for the cases of
    /// `ExpectedSiteTests`, the expected site beside it.
    static let packages = repository.appendingPathComponent("Tests/Fixtures")

    static func content(_ name: String) -> URL {
        packages.appendingPathComponent("\(name)/content")
    }

    /// The manual, built where the shipped package's footer links it: `site-manual/` beside `site`.
    static func manual(beside site: URL) -> URL {
        let output = site.deletingLastPathComponent().appendingPathComponent("site-manual")
        _ = Libro.build(options(content: repository.appendingPathComponent("docs/manual"), output: output))
        return output
    }

    static func options(content: URL, output: URL) -> BuildOptions {
        BuildOptions(content: content.path, theme: theme.path, output: output.path, workingDirectory: repository)
    }
}

/// Every file below a folder with its bytes, for byte-for-byte comparisons.
func snapshot(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
    for case let path as String in enumerator {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
        if !isFolder.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)) }
    }
    return files
}

/// Runs the CLI in-process and keeps what it printed.
final class CapturedRun: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errorText = ""
    private(set) var status: Int32 = -1

    init(_ arguments: [String], in folder: URL, terminal: Bool = false) {
        let console = Console(
            isTerminal: terminal,
            out: { [self] text in lock.withLock { outText += text } },
            error: { [self] text in lock.withLock { errorText += text } }
        )
        status = CLI.run(arguments, workingDirectory: folder, console: console)
    }

    var out: String { lock.withLock { outText } }
    var error: String { lock.withLock { errorText } }
}
