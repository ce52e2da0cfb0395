import Foundation
import Testing
import WireResponses

/// Streams as they arrive: server-sent events and JSON Lines sent in chunks with pauses, and a
/// stream the caller stops.
@Suite("Streams", .serialized)
struct StreamTests {
    @Test("server-sent events arrive one by one, typed, with names, ids and retry hints")
    func events() async throws {
        try await withReplayServer { server in
            var reply = ReplayServer.Reply(status: 200, contentType: "text/event-stream", body: Data())
            reply.chunks = [
                (0, ": a comment\nevent: delta\nid: 1\ndata: {\"id\":"), (0, "\"a\"}\n\n"),
                (0.5, "data: {\"id\":\"b\"}\r\n\r\n"),
                (2, "retry: 500\ndata: {\"id\":\ndata: \"c\"}\n\ndata: {\"id\":\"unfinished\"}"),
            ]
            await server.reply(reply)
            var received: [(ServerSentEvent<Thing>, Date)] = []
            for try await event in try await Client(serverURL: server.url).answerStream() {
                received.append((event, Date()))
            }
            #expect(received.map(\.0.data.id) == ["a", "b", "c"])
            #expect(received.map(\.0.event) == ["delta", nil, nil])
            #expect(received.map(\.0.id) == ["1", "1", "1"])
            #expect(received.map(\.0.retry) == [nil, nil, 500])
            let sent = server.chunksSent()
            #expect(sent.count == 4)
            if let first = received.first, let last = sent.last {
                #expect(first.1 < last, "the first event came before the last chunk was sent")
            }
        }
    }

    @Test("JSON Lines split across chunks arrive as values; the last line needs no line break")
    func lines() async throws {
        try await withReplayServer { server in
            var reply = ReplayServer.Reply(status: 200, contentType: "application/x-ndjson", body: Data())
            reply.chunks = [(0, "{\"id\":\"1\"}\n{\"id\""), (0.3, ":\"2\"}\n\n"), (0.1, "{\"id\":\"3\"}")]
            await server.reply(reply)
            var ids: [String] = []
            for try await thing in try await Client(serverURL: server.url).getLines() { ids.append(thing.id) }
            #expect(ids == ["1", "2", "3"])
        }
    }

    @Test("a caller that stops reading cancels the request, without waiting for the rest")
    func cancellation() async throws {
        try await withReplayServer { server in
            var reply = ReplayServer.Reply(status: 200, contentType: "text/event-stream", body: Data())
            reply.chunks = [(0, "data: first\n\n"), (5, "data: late\n\n")]
            await server.reply(reply)
            let started = Date()
            var texts: [String] = []
            for try await event in try await Client(serverURL: server.url).getEvents() {
                texts.append(event.data)
                break
            }
            #expect(texts == ["first"])
            #expect(Date().timeIntervalSince(started) < 3)

            let reading = Task {
                var count = 0
                for try await _ in try await Client(serverURL: server.url).getEvents() { count += 1 }
                return count
            }
            try await Task.sleep(nanoseconds: 500_000_000)
            reading.cancel()
            let cancelled = Date()
            _ = await reading.result
            #expect(Date().timeIntervalSince(cancelled) < 2, "cancelling the task ends the stream at once")
        }
    }

    @Test("an error status before a stream is an APIError with its body")
    func errorBeforeStream() async throws {
        try await withReplayServer { server in
            await server.reply(.json(#"{"message": "no"}"#, status: 400))
            let error = try await #require(throws: APIError.self) { try await Client(serverURL: server.url, retry: .none).getEvents() }
            #expect(error.status == 400)
            #expect(error.data == Data(#"{"message": "no"}"#.utf8))
        }
    }
}
