import Foundation
import Testing

@testable import Preview

@Suite struct PreviewServerTests {
    @Test func servesTheSiteWithTheReloadScriptAndRebuildsOnChange() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let first = try await preview.fetch("/index.html")
            #expect(first.status == 200)
            #expect(first.headers["content-type"] == "text/html; charset=utf-8")
            #expect(first.body.contains("Hola mundo."))
            #expect(first.body.contains(LiveReload.statusPath))
            #expect(try await preview.status() == .init(version: 1, errores: []))
            #expect(try await preview.fetch("/").body == first.body)

            try preview.edit(body: "Texto cambiado en el editor.")
            let served = try await eventually(within: .seconds(2)) {
                try await preview.fetch("/index.html").body.contains("Texto cambiado en el editor.")
            }
            #expect(served)
            // The new site is swapped in a moment before the build is counted.
            let counted = try await eventually { try await preview.status() == .init(version: 2, errores: []) }
            #expect(counted)
        }
    }

    @Test func keepsTheLastGoodSiteAndReportsErrorsWhileTheContentIsBroken() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            try preview.edit(body: "Hola [x](ref:no-existe).")
            let reported = try await eventually { try await !preview.status().errores.isEmpty }
            #expect(reported)
            let status = try await preview.status()
            #expect(status.version == 1)
            #expect(status.errores.count == 1)
            #expect(status.errores.first?.hasPrefix("content/index.md:5:6: error: ") == true)
            #expect(status.errores.first?.hasSuffix("[ref-no-encontrada]") == true)

            let page = try await preview.fetch("/index.html")
            #expect(page.status == 200)
            #expect(page.body.contains("Hola mundo."))
            #expect(page.body.contains(LiveReload.panelHeading))

            try preview.edit(body: "Corregido.")
            let fixed = try await eventually { try await preview.status() == .init(version: 2, errores: []) }
            #expect(fixed)
            #expect(try await preview.fetch("/index.html").body.contains("Corregido."))
        }
    }

    @Test func showsControlCharactersOfTheContentEscapedOneErrorPerLine() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            try preview.edit(body: "Ver [x](falta%1b%5b2J%07%0aerror:%20falso.md).")
            let reported = try await eventually { try await !preview.status().errores.isEmpty }
            #expect(reported)
            let errors = try await preview.status().errores
            #expect(errors.count == 1)
            let shown = try #require(errors.first)
            #expect(shown.contains("\\u{1B}[2J\\u{7}\\u{A}error: falso.md"))
            #expect(!shown.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }

    @Test func servesAWaitingPageUntilTheFirstGoodBuild() async throws {
        try await withPreview(body: "Hola [x](ref:no-existe).") { preview in
            let status = try await preview.status()
            #expect(status.version == 0)
            #expect(status.errores.first?.hasPrefix("content/index.md:5:6: error: ") == true)
            let waiting = try await preview.fetch("/index.html")
            #expect(waiting.status == 503)
            #expect(waiting.body.contains("Todavía no hay un sitio que mostrar"))
            #expect(waiting.body.contains("const version = 0;"))

            try preview.edit(body: "Ya compila.")
            let built = try await eventually { try await preview.status() == .init(version: 1, errores: []) }
            #expect(built)
            #expect(try await preview.fetch("/index.html").body.contains("Ya compila."))
        }
    }

    @Test func refusesPathsThatLeaveTheSiteAndAnswersMissingPagesWith404() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let secret = "NO-DEBE-SERVIRSE"
            try secret.write(
                to: preview.workFolder.appendingPathComponent("secreto.txt"), atomically: true, encoding: .utf8)
            let attacks = [
                "/%2e%2e/etc/passwd", "/%2e%2e/secreto.txt", "/%2E%2E/%2e%2e/etc/passwd", "/../x",
                "/../secreto.txt", "/..%2fsecreto.txt", "/%2e%2e%2fsecreto.txt", "/a\\b", "/..\\secreto.txt",
                "/%5c..%5csecreto.txt", "/%00", "/index.html%00", "/index.html%00.txt", "/%zz",
            ]
            for target in attacks {
                let reply = try await preview.fetch(target)
                #expect([400, 404].contains(reply.status), "\(target) → \(reply.status)")
                #expect(!reply.body.contains(secret), "\(target)")
                #expect(!reply.body.contains("root:"), "\(target)")
            }

            let missing = try await preview.fetch("/no-existe.html")
            #expect(missing.status == 404)
            let notFoundPage = try String(
                contentsOf: preview.workFolder.appendingPathComponent("sitio/404.html"), encoding: .utf8)
            #expect(missing.body == LiveReload.inject(into: notFoundPage, version: 1))
        }
    }

    @Test func answersTwoHundredRequestsAtOnceAndKeepsServing() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let targets = ["/index.html", "/recursos/estilo.css", "/no-existe.html", "/%2e%2e/etc/passwd"]
            let port = preview.port
            let replies = try await withThrowingTaskGroup(of: (String, Int, Bool).self) { group in
                for number in 0..<200 {
                    let target = targets[number % targets.count]
                    group.addTask {
                        let reply = try await HTTPProbe.fetch("GET", target, port: port)
                        return (target, reply.status, reply.body.contains("Hola mundo."))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(replies.count == 200)
            let expected = ["/index.html": 200, "/recursos/estilo.css": 200, "/no-existe.html": 404]
            for (target, status, sawPage) in replies {
                if let code = expected[target] {
                    #expect(status == code, "\(target) → \(status)")
                } else {
                    #expect([400, 404].contains(status), "\(target) → \(status)")
                }
                if target == "/index.html" { #expect(sawPage) }
            }
            let after = try await preview.fetch("/index.html")
            #expect(after.status == 200 && after.body.contains("Hola mundo."))
        }
    }

    @Test func servesFilesByTypeAndRedirectsFoldersToTheirSlash() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let style = try await preview.fetch("/recursos/estilo.css")
            #expect(style.status == 200)
            #expect(style.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!style.body.contains(LiveReload.statusPath))

            let folder = try await preview.fetch("/recursos")
            #expect(folder.status == 307)
            #expect(folder.headers["location"] == "/recursos/")

            let head = try await preview.fetch("/index.html", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(try await preview.fetch("/index.html", method: "POST").status == 405)
        }
    }

    @Test func stopsAndRemovesItsTemporaryFolder() async throws {
        let preview = try await PreviewFixture.start(body: "Hola mundo.")
        #expect(FileManager.default.fileExists(atPath: preview.workFolder.path))
        await preview.stop()
        #expect(!FileManager.default.fileExists(atPath: preview.workFolder.path))
        await #expect(throws: HTTPProbe.Failure.self) { try await preview.fetch("/index.html") }
    }

    @Test func reportsWhyItCannotListen() async throws {
        try await withPreview(body: "Hola mundo.") { preview in
            let options = PreviewFixture.options(in: preview.folder.url)
            let second = PreviewServer(options: options, host: "127.0.0.1", port: preview.port)
            await #expect(throws: PreviewError.self) { try await second.start() }
            let invalid = PreviewServer(options: options, host: "no-es-una-ip", port: 0)
            await #expect(throws: PreviewError.self) { try await invalid.start() }
        }
    }
}
