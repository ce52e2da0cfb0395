import ExaAPI
import FlyingFox
import Foundation
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The generated router behind a FlyingFox server on 127.0.0.1: FlyingFox's request becomes a
/// `ServerRequest`, and the router's `ServerResponse` FlyingFox's response, as the README's
/// adapters do for other frameworks.
struct RouterServer: StoppableServer {
    let http: LoopbackHTTPServer

    /// `http://127.0.0.1:PORT`, for `Client(serverURL:)`.
    var url: URL { http.url }

    static func start(_ router: Router) async throws -> RouterServer {
        let http = try await LoopbackHTTPServer.start()
        await http.server.appendRoute("*") { (request: FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse in
            let served = ServerRequest(
                method: request.method.rawValue, path: request.target.path(), query: request.target.query(),
                headers: request.headers.map { (name: $0.key.rawValue, value: $0.value) }, body: try await request.bodyData)
            let response = await router.respond(to: served)
            var headers = HTTPHeaders()
            for field in response.headers { headers.addValue(field.value, for: HTTPHeader(field.name)) }
            let status = HTTPStatusCode(response.status, phrase: HTTPURLResponse.localizedString(forStatusCode: response.status))
            return FlyingFox.HTTPResponse(statusCode: status, headers: headers, body: try await response.body.collected())
        }
        return RouterServer(http: http)
    }

    func stop() async {
        await http.stop()
    }
}

/// Serves `handler` on 127.0.0.1 for `body`, and stops however `body` ends.
func withRouter<Result>(_ handler: some APIHandler, _ body: (RouterServer) async throws -> Result) async throws -> Result {
    try await withRunning(try await RouterServer.start(Router(handler: handler)), body)
}
