import Foundation
import NIOHTTP1

/// Answers a request that passed the checks: the build status for the live-reload script,
/// otherwise a file of the site, with the script added to HTML. It reads the file system, so it
/// runs off the event loops (see `FileWork`).
struct PreviewHandler: Sendable {
    let files: SiteFiles
    let status: BuildStatus

    /// The answer for a request target as it arrived (`/guia/?x=1`, still percent-encoded).
    func answer(target: String) throws -> Answer {
        // The query and fragment are not part of the file's path.
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        if path == LiveReload.statusPath {
            return Answer(.ok, contentType: "application/json", bytes: status.json())
        }
        if RetiredWorker.isRequested(path) {
            return Answer(.ok, contentType: "text/javascript; charset=utf-8", bytes: RetiredWorker.script.utf8)
        }
        // Read before the file: if a build lands in between, the page reloads once more.
        let version = status.snapshot.version
        guard version > 0 else {
            return Answer(
                .serviceUnavailable, contentType: ContentType.html, bytes: WaitingPage.html(version: version).utf8)
        }
        switch files.resolve(path) {
        case .file(let file):
            return try serve(file, status: .ok, version: version)
        case .redirect(let location):
            // Temporary, so a browser does not remember it once the folder becomes a page.
            var answer = Answer(.temporaryRedirect, contentType: ContentType.html, bytes: [])
            answer.headers.add(name: "Location", value: location)
            return answer
        case .missing:
            guard let page = files.notFoundPage else { return .text("No existe esta página.", .notFound) }
            return try serve(page, status: .notFound, version: version)
        case .refused:
            return .text("Ruta no válida.", .badRequest)
        }
    }

    /// The change a status request says it has seen (`/__libro/estado?cambio=3`), after which it
    /// waits for the next; nil for any other request, which is answered at once.
    func awaitedChange(target: String) -> Int? {
        guard let mark = target.firstIndex(of: "?"), target[..<mark] == LiveReload.statusPath else { return nil }
        let query = target[target.index(after: mark)...].prefix { $0 != "#" }
        guard let pair = query.split(separator: "&").first(where: { $0.hasPrefix("cambio=") }),
            let change = Int(pair.dropFirst("cambio=".count)), change >= 0
        else { return nil }
        return change
    }

    private func serve(_ file: URL, status: HTTPResponseStatus, version: Int) throws -> Answer {
        let type = ContentType.of(file)
        let opened = try OpenFile(path: file.path)
        guard type == ContentType.html else { return Answer(status, contentType: type, body: .file(opened)) }
        let bytes = try opened.readAll()
        guard let html = String(validating: bytes, as: UTF8.self) else {
            return Answer(status, contentType: type, bytes: bytes)
        }
        return Answer(status, contentType: type, bytes: LiveReload.inject(into: html, version: version).utf8)
    }
}
