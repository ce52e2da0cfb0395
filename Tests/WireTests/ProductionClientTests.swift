import Foundation
import Testing
import WireResponses

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What production code leans on: retries with backoff and `Retry-After`, middleware, timeouts and
/// credentials that refresh, against a replay server on 127.0.0.1.
@Suite("A client production code can lean on", .serialized)
struct ProductionClientTests {
    private static let thing = ReplayServer.Reply.json(#"{"id": "t1"}"#)

    @Test("a 429 with Retry-After is retried after the wait it names, then succeeds")
    func retryAfter() async throws {
        try await withReplayServer { server in
            let busy = ReplayServer.Reply(status: 429, contentType: nil, body: Data(), headers: ["Retry-After": "1"])
            await server.reply([busy, Self.thing])
            let thing = try await Client(serverURL: server.url).getPrivate()
            #expect(thing.body.id == "t1")
            let received = await server.received()
            #expect(received.count == 2)
            let waited = received[1].at.timeIntervalSince(received[0].at)
            // The bound above is loose: the machine may be busy building the other tests.
            #expect(waited >= 0.95 && waited < 10, "waited \(waited) s")
        }
    }

    @Test("5xx and connection errors are retried with backoff up to the limit; a POST is not, unless configured")
    func retryLimits() async throws {
        try await withReplayServer { server in
            let unavailable = ReplayServer.Reply(status: 503, contentType: nil, body: Data())
            let quick = RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.05)
            await server.reply(unavailable)
            let error = try await #require(throws: APIError.self) { try await Client(serverURL: server.url, retry: quick).getPrivate() }
            #expect(error.status == 503)
            #expect(await server.received().count == 3)

            await server.reply(unavailable)
            _ = try await #require(throws: APIError.self) { try await Client(serverURL: server.url, retry: quick).saveThing() }
            #expect(await server.received().count == 1)

            var posts = quick
            posts.methods.insert("POST")
            await server.reply([unavailable, .json(#"{"id": "t2"}"#, status: 201)])
            let saved = try await Client(serverURL: server.url, retry: posts).saveThing()
            #expect(saved.body?.id == "t2")
            #expect(await server.received().count == 2)
        }
    }

    @Test("Retry-After as an HTTP date, and the backoff, stay within their bounds")
    func delays() {
        let policy = RetryPolicy(baseDelay: 0.5, maxDelay: 4)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "Tue, 14 Nov 2023 22:13:23 GMT", now: now) == 3)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "120", now: now) == 4)
        for attempt in 1...6 {
            let delay = policy.delay(afterAttempt: attempt, retryAfter: nil)
            #expect(delay >= 0 && delay <= min(0.5 * pow(2, Double(attempt - 1)), 4))
        }
    }

    @Test("a request that takes longer than the timeout fails with a timeout")
    func timeout() async throws {
        try await withReplayServer { server in
            var slow = Self.thing
            slow.delay = 4
            await server.reply(slow)
            let client = Client(serverURL: server.url, retry: .none, timeout: 1)
            let started = Date()
            let error = try await #require(throws: URLError.self) { try await client.getPrivate() }
            #expect(error.code == .timedOut)
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed >= 0.9 && elapsed < 3.5, "\(elapsed) s")
        }
    }

    @Test("middlewares see every request in order, and can change it")
    func middlewares() async throws {
        try await withReplayServer { server in
            await server.reply(Self.thing)
            let log = Log()
            let client = Client(serverURL: server.url, middlewares: [Tag(name: "first", log: log), Tag(name: "second", log: log)])
            _ = try await client.getPrivate()
            #expect(log.entries == ["first → GET /private", "second → GET /private", "second ← 200", "first ← 200"])
            let tags = await server.received().first?.headers["x-tag"]
            #expect(tags == "first,second", "\(String(describing: tags))")
        }
    }

    @Test("a provider's token is sent, and refreshed once after a 401 when the provider says so")
    func provider() async throws {
        try await withReplayServer { server in
            let expired = ReplayServer.Reply(status: 401, contentType: nil, body: Data())
            await server.reply([expired, Self.thing])
            let tokens = Tokens()
            let client = Client(serverURL: server.url, credentials: Credentials(provider: tokens))
            let thing = try await client.getPrivate()
            #expect(thing.body.id == "t1")
            #expect(await server.received().map { $0.headers["authorization"] } == ["Bearer token-1", "Bearer token-2"])

            await server.reply(expired)
            _ = try await #require(throws: APIError.self) { try await client.getPrivate() }
            #expect(await server.received().count == 2, "refreshed once, then the 401 stands")
        }
    }
}

/// Records what the middlewares saw.
private final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var entries: [String] { lock.withLock { lines } }
    func add(_ line: String) { lock.withLock { lines.append(line) } }
}

/// Logs each request and response, and adds its name to `X-Tag`.
private struct Tag: ClientMiddleware {
    let name: String
    let log: Log

    func intercept(_ request: URLRequest, next: @Sendable (URLRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var request = request
        request.addValue(name, forHTTPHeaderField: "X-Tag")
        log.add("\(name) → \(request.httpMethod ?? "") \(request.url?.path ?? "")")
        let response = try await next(request)
        log.add("\(name) ← \(response.status)")
        return response
    }
}

/// Hands out `token-1`, then a new token each time a 401 asks it to refresh.
private actor Tokens: CredentialProvider {
    private var count = 1

    func credential(for scheme: String) async throws -> String? {
        scheme == "token" ? "token-\(count)" : nil
    }

    func refresh(after response: HTTPResponse, schemes: [String]) async throws -> Bool {
        count += 1
        return true
    }
}
