import Foundation
import Testing
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--zip` killed while it writes the archive, and builds running side by side into one folder:
/// no temporary archive is left behind, none that a running build is writing is removed, and
/// the archive in place is always a whole one.
@Suite struct ArchiveCrashTests {
    /// A package big enough for the archive to take a moment to write.
    private func package(in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("basico"), to: content)
        for page in 0..<200 {
            let text =
                "---\ntitulo: Página \(page)\n---\n"
                + String(repeating: "Un párrafo que ocupa lugar en el archivo de la página \(page). ", count: 80) + "\n"
            try Data(text.utf8).write(to: content.appendingPathComponent("guia/pagina-\(page).md"))
        }
        return content
    }

    private let arguments = ["build", "--content", "content", "--theme", Fixtures.theme.path, "--zip"]

    /// The archive's files, by path, or nil when it cannot be read whole.
    private func unzipped(_ url: URL) -> [String: Data]? {
        guard let archive = try? Archive(url: url, accessMode: .read) else { return nil }
        var files: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
            files[entry.path] = data
        }
        return files
    }

    private func hasTemporaryArchive(in folder: URL) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix(".site.zip.nuevo-") }
    }

    @Test func killingTheBuildWhileItZipsLeavesNothingBehindAfterTheNextBuild() throws {
        let folder = try TemporaryFolder()
        _ = try package(in: folder.url)
        #expect(try LibroProcess.run(arguments, in: folder.url) == 0)

        // Each build is killed as soon as its temporary archive appears, or a little later.
        var generator = SystemRandomNumberGenerator()
        var debris = 0
        for _ in 0..<8 {
            let process = try LibroProcess.start(arguments, in: folder.url)
            while process.isRunning, try !hasTemporaryArchive(in: folder.url) {
                Thread.sleep(forTimeInterval: 0.002)
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.05, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if try hasTemporaryArchive(in: folder.url) { debris += 1 }
            #expect(unzipped(folder.url.appendingPathComponent("site.zip")) != nil, "site.zip a medias")
        }
        #expect(debris > 0)

        #expect(try LibroProcess.run(arguments, in: folder.url) == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == [".site.anterior", "content", "site", "site.zip"])
        let site = try snapshot(of: folder.url.appendingPathComponent("site"))
        #expect(
            unzipped(folder.url.appendingPathComponent("site.zip"))
                == Dictionary(
                    uniqueKeysWithValues: site.map { ("site/\($0.key)", $0.value) }))
    }

    @Test func buildsSideBySideIntoOneFolderEachFinishWhole() throws {
        let folder = try TemporaryFolder()
        _ = try package(in: folder.url)
        let processes = try (0..<4).map { _ in try LibroProcess.start(arguments, in: folder.url) }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == [".site.anterior", "content", "site", "site.zip"])
        let site = try snapshot(of: folder.url.appendingPathComponent("site"))
        #expect(site.keys.contains("guia/pagina-199.html"))
        #expect(
            unzipped(folder.url.appendingPathComponent("site.zip"))
                == Dictionary(
                    uniqueKeysWithValues: site.map { ("site/\($0.key)", $0.value) }))
    }
}
