import FlyingFox
import Foundation

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
