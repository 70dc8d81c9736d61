import Foundation
import LibroKit
import Testing

/// The same input gives the same bytes whatever the order the file system lists it in, the time
/// zone or the language of the machine.
@Suite struct DeterminismTests {
    @Test func timeZoneAndLanguageDoNotChangeTheSite() throws {
        let folder = try TemporaryFolder()
        var sites: [[String: Data]] = []
        for (name, environment) in [
            ("utc", ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"]),
            ("kiritimati", ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"]),
            ("honolulu", ["TZ": "Pacific/Honolulu", "LANG": "es_MX.UTF-8", "LC_ALL": "es_MX.UTF-8"]),
        ] {
            let status = try LibroProcess.run(
                [
                    "build", "--content", Fixtures.repository.appendingPathComponent("content").path,
                    "--theme", Fixtures.theme.path, "--output", name,
                ],
                in: folder.url, environment: environment)
            #expect(status == 0)
            sites.append(try snapshot(of: folder.url.appendingPathComponent(name)))
        }
        #expect(sites[0].count > 100)
        // The calendars are written from data only: their stamps do not follow the clock or the zone.
        #expect(sites[0].keys.contains { $0.hasSuffix("/calendario.ics") })
        #expect(sites[0] == sites[1])
        #expect(sites[0] == sites[2])
    }

    @Test func theOrderFilesWereWrittenInDoesNotChangeTheSite() throws {
        let folder = try TemporaryFolder()
        let source = Fixtures.repository.appendingPathComponent("content")
        let files = try snapshot(of: source).sorted { $0.key < $1.key }
        var generator = SystemRandomNumberGenerator()
        var sites: [[String: Data]] = []
        for (name, order) in [
            ("ordenado", files), ("al-reves", files.reversed()), ("barajado", files.shuffled(using: &generator)),
        ] {
            let content = folder.url.appendingPathComponent("content-\(name)")
            for (path, data) in order {
                let url = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            let output = folder.url.appendingPathComponent("site-\(name)")
            #expect(Libro.build(Fixtures.options(content: content, output: output)).succeeded)
            sites.append(try snapshot(of: output))
        }
        #expect(sites[0] == sites[1])
        #expect(sites[0] == sites[2])
    }
}
