import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A build killed at any moment leaves `site/` as the previous complete site or the new complete
/// one, never a mix, and the next build clears whatever the killed one left behind.
@Suite struct CrashSafetyTests {
    @Test func killingTheBuildAnywhereLeavesAWholeSite() throws {
        let folder = try TemporaryFolder()
        // Two versions of a package large enough for the kills to land while pages are written.
        let versions = ["uno", "dos"].map { folder.url.appendingPathComponent($0) }
        for (number, version) in versions.enumerated() {
            try FileManager.default.copyItem(at: Fixtures.content("basico"), to: version)
            for page in 0..<150 {
                let text =
                    "---\ntitulo: Página \(page) de la versión \(number)\n---\n"
                    + String(repeating: "Texto de la versión \(number) para la página \(page). ", count: 60) + "\n"
                try Data(text.utf8).write(to: version.appendingPathComponent("guia/pagina-\(page).md"))
            }
        }
        func build(_ version: Int) throws -> Int32 {
            try LibroProcess.run(
                ["build", "--content", versions[version].lastPathComponent, "--theme", Fixtures.theme.path],
                in: folder.url)
        }
        let site = folder.url.appendingPathComponent("site")
        var expected: [[String: Data]] = []
        let clock = ContinuousClock()
        var duration = Duration.zero
        for version in 0..<2 {
            let start = clock.now
            #expect(try build(version) == 0)
            duration = max(duration, clock.now - start)
            expected.append(try snapshot(of: site))
        }

        var generator = SystemRandomNumberGenerator()
        var current = 1
        var kills = 0
        var attempts = 0
        // At least 20 builds killed part-way; builds that end first are not counted.
        while kills < 20 && attempts < 80 {
            attempts += 1
            let next = 1 - current
            let start = clock.now
            let process = try LibroProcess.start(
                ["build", "--content", versions[next].lastPathComponent, "--theme", Fixtures.theme.path], in: folder.url
            )
            // Mostly in the second half of a build, where the site is written.
            let delay = Double.random(in: 0.3...1.0, using: &generator) * (duration / .seconds(1))
            pause(seconds: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
                process.waitUntilExit()
            } else {
                // Builds got faster than the first ones (a machine less busy): aim by this one.
                process.waitUntilExit()
                duration = min(duration, clock.now - start)
            }
            let now = try snapshot(of: site)
            #expect(now == expected[0] || now == expected[1], "site/ mezcla dos versiones")
            current = now == expected[next] ? next : current
        }
        #expect(kills >= 20)

        // The next build finishes the job and leaves only the site and the previous one aside.
        #expect(try build(1 - current) == 0)
        #expect(try snapshot(of: site) == expected[1 - current])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == [".site.anterior", "dos", "site", "uno"])
    }

    /// Waits on the test's own thread: the build it watches is another process.
    private func pause(seconds: Double) {
        Thread.sleep(forTimeInterval: seconds)
    }
}
