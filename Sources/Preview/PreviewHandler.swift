import FlyingFox
import Foundation

/// Answers every request: the build status for the live-reload script, otherwise a file of the
/// site, with the script added to HTML. Nothing is cached, since the site changes under it.
struct PreviewHandler: HTTPHandler {
    let files: SiteFiles
    let status: BuildStatus

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text("Método no permitido: este servidor solo sirve el sitio.", .methodNotAllowed)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        // The raw target, not FlyingFox's standardized path: guarding needs what the client sent.
        let path = request.target.path()
        let response = path == LiveReload.statusPath ? statusResponse() : try siteResponse(path)
        return request.method == .HEAD ? try await Self.withoutBody(response) : response
    }

    private func statusResponse() -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: Self.headers("application/json"), body: status.json())
    }

    private func siteResponse(_ path: String) throws -> HTTPResponse {
        // Read before the file: if a build lands in between, the page reloads once more.
        let version = status.snapshot.version
        guard version > 0 else {
            return HTTPResponse(
                statusCode: .serviceUnavailable,
                headers: Self.headers(ContentType.html),
                body: Data(WaitingPage.html(version: version).utf8)
            )
        }
        switch files.resolve(path) {
        case .file(let file):
            return try serve(file, status: .ok, version: version)
        case .redirect(let location):
            // Temporary, so a browser does not remember it once the folder becomes a page.
            var response = HTTPResponse(statusCode: .temporaryRedirect, headers: Self.headers(ContentType.html))
            response.headers[.location] = location
            return response
        case .missing:
            guard let page = files.notFoundPage else { return Self.text("No existe esta página.", .notFound) }
            return try serve(page, status: .notFound, version: version)
        case .refused:
            return Self.text("Ruta no válida.", .badRequest)
        }
    }

    private func serve(_ file: URL, status: HTTPStatusCode, version: Int) throws -> HTTPResponse {
        let type = ContentType.of(file)
        let headers = Self.headers(type)
        guard type == ContentType.html else {
            return HTTPResponse(statusCode: status, headers: headers, body: try HTTPBodySequence(file: file))
        }
        let data = try Data(contentsOf: file)
        guard let html = String(data: data, encoding: .utf8) else {
            return HTTPResponse(statusCode: status, headers: headers, body: data)
        }
        return HTTPResponse(
            statusCode: status,
            headers: headers,
            body: Data(LiveReload.inject(into: html, version: version).utf8)
        )
    }

    private static func headers(_ contentType: String) -> HTTPHeaders {
        [
            .contentType: contentType,
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
    }

    private static func text(_ message: String, _ status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(message.utf8))
    }

    /// HEAD answers with the headers GET would send, body length included, and no body.
    private static func withoutBody(_ response: HTTPResponse) async throws -> HTTPResponse {
        var headers = response.headers
        headers[.contentLength] = String(try await response.bodyData.count)
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }
}
