import Foundation
import Petstore
import TestSupport

/// Serves `handler` through the generated router on 127.0.0.1 for `body`, and stops the server
/// however `body` ends: FlyingFox's request becomes a `ServerRequest`, and the router's
/// `ServerResponse` FlyingFox's response, as the README's adapters do for other frameworks.
func withRouter<Result>(_ handler: some APIHandler, _ body: (LoopbackHTTPServer) async throws -> Result) async throws -> Result {
    let router = Router(handler: handler)
    let server = try await LoopbackHTTPServer.serving { request in
        let served = ServerRequest(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body)
        let response = await router.respond(to: served)
        return RoutedResponse(status: response.status, headers: response.headers, body: try await response.body.collected())
    }
    return try await withRunning(server, body)
}
