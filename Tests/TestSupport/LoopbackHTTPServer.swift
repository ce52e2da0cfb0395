import FlyingFox
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A FlyingFox HTTP server on 127.0.0.1, on a port the system picks, for the tests' servers to
/// add their route to.
package struct LoopbackHTTPServer: Sendable {
    /// `http://127.0.0.1:PORT`, for `Client(serverURL:)`.
    package let url: URL
    package let server: HTTPServer
    private let running: Task<Void, any Error>

    /// A running server; ``stop()`` stops it.
    package static func start() async throws -> LoopbackHTTPServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        let running = Task { try await server.run() }
        // FlyingFox waits five seconds by default; with every suite starting a server at once on
        // two busy cores, starting one has taken longer.
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(let host, let port)? = await server.listeningAddress, let url = URL(string: "http://\(host):\(port)") else {
            await server.stop()
            running.cancel()
            throw URLError(.cannotConnectToHost)
        }
        return LoopbackHTTPServer(url: url, server: server, running: running)
    }

    package func stop() async {
        await server.stop(timeout: 0)
        running.cancel()
    }
}

/// A test's server, which ``withRunning(_:_:)`` stops.
package protocol StoppableServer: Sendable {
    func stop() async
}

/// Runs `body` with `server`, and stops the server however `body` ends.
package func withRunning<Server: StoppableServer, Result>(
    _ server: Server, _ body: (Server) async throws -> Result
) async throws -> Result {
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

/// A request as a generated router takes it, whichever module generated the router.
package struct RoutedRequest: Sendable {
    package var method: String
    package var path: String
    package var query: String?
    package var headers: [(name: String, value: String)]
    package var body: Data
}

/// A response as a generated router gives it.
package struct RoutedResponse: Sendable {
    package var status: Int
    package var headers: [(name: String, value: String)]
    package var body: Data

    package init(status: Int, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension LoopbackHTTPServer {
    /// A server that hands every request to `respond` (a generated router, adapted in a line), as
    /// the README's adapters do for server frameworks.
    package static func serving(_ respond: @escaping @Sendable (RoutedRequest) async throws -> RoutedResponse) async throws -> LoopbackHTTPServer {
        let http = try await start()
        await http.server.appendRoute("*") { (request: FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse in
            let routed = RoutedRequest(
                method: request.method.rawValue, path: request.target.path(), query: request.target.query(),
                headers: request.headers.map { (name: $0.key.rawValue, value: $0.value) }, body: try await request.bodyData)
            let response = try await respond(routed)
            var headers = HTTPHeaders()
            for field in response.headers { headers.addValue(field.value, for: HTTPHeader(field.name)) }
            let status = HTTPStatusCode(response.status, phrase: HTTPURLResponse.localizedString(forStatusCode: response.status))
            return FlyingFox.HTTPResponse(statusCode: status, headers: headers, body: response.body)
        }
        return http
    }
}

extension LoopbackHTTPServer: StoppableServer {}
