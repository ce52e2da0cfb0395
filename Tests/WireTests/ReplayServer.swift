import FlyingFox
import FlyingSocks
import Foundation
import TestSupport

/// A FlyingFox HTTP server on 127.0.0.1 that answers every request with the reply a test set last,
/// as a recorded API would.
///
/// Use it through ``withReplayServer(_:)``, which always stops it.
final class ReplayServer: StoppableServer {
    struct Reply: Sendable {
        var status: Int
        var contentType: String?
        var body: Data
        var headers: [String: String] = [:]
        /// Seconds to wait before answering.
        var delay: Double = 0
        /// The body sent in chunks (chunked transfer), each after its pause in seconds, instead
        /// of `body` at once.
        var chunks: [(pause: Double, text: String)] = []

        static func json(_ text: String, status: Int = 200, contentType: String = "application/json") -> Reply {
            Reply(status: status, contentType: contentType, body: Data(text.utf8))
        }
    }

    private let http: LoopbackHTTPServer
    private let next = NextReply()
    private let sent = SentLog()

    /// `http://127.0.0.1:PORT`, for `Client(serverURL:)`.
    var url: URL { http.url }

    private init(http: LoopbackHTTPServer) {
        self.http = http
    }

    /// Answers the following requests with `reply`.
    func reply(_ reply: Reply) async {
        await next.set([reply])
    }

    /// Answers the following requests with `replies` in turn, the last one again and again.
    func reply(_ replies: [Reply]) async {
        await next.set(replies)
    }

    /// When each chunk of the streamed replies so far was handed to the connection.
    func chunksSent() -> [Date] {
        sent.times
    }

    /// When each request since the last ``reply(_:)`` came, and its headers (names lower-cased).
    func received() async -> [(at: Date, headers: [String: String])] {
        await next.received
    }

    static func start() async throws -> ReplayServer {
        let started = ReplayServer(http: try await LoopbackHTTPServer.start())
        await started.http.server.appendRoute("*") { [next = started.next, sent = started.sent] request in
            let reply = await next.take(Dictionary(
                request.headers.map { ($0.key.rawValue.lowercased(), $0.value) }, uniquingKeysWith: { "\($0), \($1)" }))
            if reply.delay > 0 { try await Task.sleep(nanoseconds: UInt64(reply.delay * 1e9)) }
            var headers = HTTPHeaders()
            if let type = reply.contentType { headers[.contentType] = type }
            for (name, value) in reply.headers { headers[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(reply.status, phrase: "Status")
            guard !reply.chunks.isEmpty else { return HTTPResponse(statusCode: status, headers: headers, body: reply.body) }
            return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: PacedBytes(chunks: reply.chunks, log: sent)))
        }
        return started
    }

    func stop() async {
        await http.stop()
    }

    private actor NextReply {
        private var replies = [Reply(status: 500, contentType: nil, body: Data())]
        private(set) var received: [(at: Date, headers: [String: String])] = []

        func set(_ replies: [Reply]) {
            self.replies = replies
            received = []
        }

        func take(_ headers: [String: String]) -> Reply {
            received.append((Date(), headers))
            return replies.count > 1 ? replies.removeFirst() : replies[0]
        }
    }
}

/// Runs `body` with a replay server, and stops the server however `body` ends.
func withReplayServer<Result>(_ body: (ReplayServer) async throws -> Result) async throws -> Result {
    try await withRunning(try await ReplayServer.start(), body)
}

/// Records when chunks were sent.
private final class SentLog: @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [Date] = []
    var times: [Date] { lock.withLock { sent } }
    func add() { lock.withLock { sent.append(Date()) } }
}

/// A body that hands out its chunks one by one, each after its pause.
private struct PacedBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let chunks: [(pause: Double, text: String)]
    let log: SentLog

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks[...], log: log)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: ArraySlice<(pause: Double, text: String)>
        let log: SentLog
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = chunks.popFirst() else { return nil }
                if chunk.pause > 0 { try await Task.sleep(nanoseconds: UInt64(chunk.pause * 1e9)) }
                log.add()
                pending = Array(chunk.text.utf8)
            }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
