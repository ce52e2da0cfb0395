import ExaAPI
import FlyingFox
import FlyingSocks
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A FlyingFox HTTP server on 127.0.0.1, on a port the system picks, that answers every request
/// with one canned response and records what it received.
///
/// Use it through ``withLoopbackServer(answering:_:)``, which always stops it.
final class LoopbackServer: StoppableServer {
    /// The response the server gives to every request.
    struct Answer: Sendable {
        var status: Int
        var body: Data
        var contentType = "application/json"

        static func json(_ text: String, status: Int = 200) -> Answer {
            Answer(status: status, body: Data(text.utf8))
        }
    }

    private let http: LoopbackHTTPServer
    private let log = RequestLog()

    /// `http://127.0.0.1:PORT`, for `Client(serverURL:)`.
    var url: URL { http.url }

    private init(http: LoopbackHTTPServer) {
        self.http = http
    }

    static func start(answering answer: Answer) async throws -> LoopbackServer {
        let started = LoopbackServer(http: try await LoopbackHTTPServer.start())
        await started.http.server.appendRoute("*") { [log = started.log] request in
            await log.append(try await ReceivedRequest(request))
            let status = HTTPStatusCode(answer.status, phrase: HTTPURLResponse.localizedString(forStatusCode: answer.status))
            return HTTPResponse(statusCode: status, headers: [.contentType: answer.contentType], body: answer.body)
        }
        return started
    }

    /// A client of the generated API that sends every request here, once: a test of one exchange
    /// sees exactly one request, whatever status it answers with.
    func client(_ credentials: Credentials = Credentials(apiKey: "test-key")) -> Client {
        Client(serverURL: url, credentials: credentials, retry: .none)
    }

    /// Calls the API through a client of this server and returns how the call ended together with
    /// the one request the server received, so a test can check the request before the outcome.
    func exchange<Value>(
        credentials: Credentials = Credentials(apiKey: "test-key"), sourceLocation: SourceLocation = #_sourceLocation,
        _ call: (Client) async throws -> Value
    ) async throws -> (outcome: Result<Value, any Error>, request: ReceivedRequest) {
        let outcome: Result<Value, any Error>
        do {
            outcome = .success(try await call(client(credentials)))
        } catch {
            outcome = .failure(error)
        }
        return (outcome, try await onlyRequest(sourceLocation: sourceLocation))
    }

    /// Every request received so far, in order.
    func received() async -> [ReceivedRequest] {
        await log.requests
    }

    /// The one request received; fails, listing what came, when there was not exactly one.
    func onlyRequest(sourceLocation: SourceLocation = #_sourceLocation) async throws -> ReceivedRequest {
        let requests = await received()
        try #require(requests.count == 1, "expected one request, received: \(requests)", sourceLocation: sourceLocation)
        return requests[0]
    }

    func stop() async {
        await http.stop()
    }

    private actor RequestLog {
        private(set) var requests: [ReceivedRequest] = []

        func append(_ request: ReceivedRequest) {
            requests.append(request)
        }
    }
}

/// Runs `body` with a loopback server answering `answer`, and stops the server however `body` ends.
func withLoopbackServer<Result>(
    answering answer: LoopbackServer.Answer, _ body: (LoopbackServer) async throws -> Result
) async throws -> Result {
    try await withRunning(try await LoopbackServer.start(answering: answer), body)
}
