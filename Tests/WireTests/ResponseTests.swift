import Foundation
import Testing
import WireResponses

/// The responses of the `wire-responses` golden case, as a replay server on 127.0.0.1 sends them:
/// several success outcomes, specific and ranged error statuses, text, bytes, and bodies that do
/// not read.
@Suite("Responses", .serialized)
struct ResponseTests {
    @Test("several documented successes are told apart, the plain body one step away")
    func outcomes() async throws {
        try await withReplayServer { server in
            let client = Client(serverURL: server.url)
            var reply = ReplayServer.Reply.json(#"{"id": "t1"}"#, status: 201)
            reply.headers = ["Location": "https://example.com/things/t1"]
            await server.reply(reply)
            let created = try await client.saveThing()
            guard case .created(let thing, let headers) = created else { Issue.record("expected .created, got \(created)"); return }
            #expect(thing.id == "t1")
            #expect(headers.location == URL(string: "https://example.com/things/t1"))
            #expect(created.body?.id == "t1")

            await server.reply(.json(#"{"id": "t2"}"#, status: 200))
            let updated = try await client.saveThing()
            #expect(updated.body?.id == "t2")

            await server.reply(ReplayServer.Reply(status: 204, contentType: nil, body: Data()))
            let unchanged = try await client.saveThing()
            guard case .noContent = unchanged else { Issue.record("expected .noContent, got \(unchanged)"); return }
            #expect(unchanged.body == nil)

            await server.reply(.json(#"{"job": "j1"}"#, status: 202, contentType: "application/problem+json"))
            guard case .accepted(let job) = try await client.getEither() else { Issue.record("expected .accepted"); return }
            #expect(job.job == "j1")

            await server.reply(ReplayServer.Reply(status: 299, contentType: nil, body: Data()))
            guard case .success(let status) = try await client.getEither() else { Issue.record("expected .success"); return }
            #expect(status == 299)
        }
    }

    @Test("a specific error status is matched before its range; an undocumented success is an error")
    func errors() async throws {
        try await withReplayServer { server in
            let client = Client(serverURL: server.url)
            await server.reply(.json(#"{"missing": "t9"}"#, status: 404))
            var error = try await #require(throws: APIError.self) { try await client.saveThing() }
            guard case .missing(let missing)? = error.body else { Issue.record("expected .missing, got \(String(describing: error.body))"); return }
            #expect(missing.missing == "t9")

            await server.reply(.json(#"{"message": "bad"}"#, status: 422))
            error = try await #require(throws: APIError.self) { try await client.saveThing() }
            guard case .problem(let problem)? = error.body else { Issue.record("expected .problem"); return }
            #expect(problem.message == "bad")

            await server.reply(.json(#"{"id": "t3"}"#, status: 209))
            error = try await #require(throws: APIError.self) { try await client.saveThing() }
            #expect(error.status == 209)
            #expect(error.data == Data(#"{"id": "t3"}"#.utf8))
        }
    }

    @Test("text, bytes, JSON when an event stream is offered too, and a body sent at once read as a stream")
    func bodyKinds() async throws {
        try await withReplayServer { server in
            let client = Client(serverURL: server.url)
            await server.reply(ReplayServer.Reply(status: 200, contentType: "text/plain; charset=utf-8", body: Data("héllo\n\"x\"".utf8)))
            let text = try await client.getText()
            #expect(text == "héllo\n\"x\"")

            let bytes = Data([0, 255, 10, 13, 128])
            await server.reply(ReplayServer.Reply(status: 200, contentType: "application/octet-stream", body: bytes))
            let received = try await client.getBinary()
            #expect(received == bytes)

            await server.reply(.json(#"{"id": "a1"}"#))
            let answer = try await client.answer()
            #expect(answer.id == "a1")

            let events = Data("data: one\n\ndata: two\n\n".utf8)
            await server.reply(ReplayServer.Reply(status: 200, contentType: "text/event-stream", body: events))
            var texts: [String] = []
            for try await event in try await client.getEvents() { texts.append(event.data) }
            #expect(texts == ["one", "two"])
        }
    }

    @Test("documented response headers are typed values beside the body, alone, or read from an error")
    func headers() async throws {
        try await withReplayServer { server in
            let client = Client(serverURL: server.url)
            var reply = ReplayServer.Reply.json(#"{"id": "h1"}"#)
            reply.headers = ["X-Rate-Limit-Remaining": "41", "Expires": "Tue, 14 Nov 2023 22:13:20 GMT", "X-Tags": "a, b,c"]
            await server.reply(reply)
            let response = try await client.getPrivate()
            #expect(response.body.id == "h1")
            #expect(response.status == 200)
            #expect(response.headers == GetPrivateHeaders(xRateLimitRemaining: 41, expires: Date(timeIntervalSince1970: 1_700_000_000), xTags: ["a", "b", "c"]))

            reply.headers = ["X-Rate-Limit-Remaining": "many"]
            await server.reply(reply)
            #expect(try await client.getPrivate().headers == GetPrivateHeaders(), "a header that does not read as its type is nil")

            var limited = ReplayServer.Reply.json(#"{"message": "slow down"}"#, status: 429)
            limited.headers = ["Retry-After": "30", "X-Rate-Limit-Reset": "2023-11-14T22:13:20Z"]
            await server.reply(limited)
            let error = try await #require(throws: APIError.self) { try await Client(serverURL: server.url, retry: .none).getPrivate() }
            #expect(error.headers(as: GetPrivateErrorResponse429Headers.self) == GetPrivateErrorResponse429Headers(
                retryAfter: 30, xRateLimitReset: Date(timeIntervalSince1970: 1_700_000_000)))
            guard case .problem(let problem)? = error.body else { Issue.record("expected .problem"); return }
            #expect(problem.message == "slow down")

            await server.reply(ReplayServer.Reply(status: 201, contentType: nil, body: Data(), headers: ["Location": "https://example.com/things/9"]))
            let made = try await client.makeThing()
            #expect(made.location == URL(string: "https://example.com/things/9"))
        }
    }

    @Test("a deprecated property still decodes and encodes, through its storage")
    func deprecatedProperty() async throws {
        try await withReplayServer { server in
            await server.reply(.json(#"{"id": "d1", "legacy": "old-d1"}"#))
            let thing = try await Client(serverURL: server.url).answer()
            let written = try JSONSerialization.jsonObject(with: JSONEncoder().encode(thing)) as? [String: String]
            #expect(written == ["id": "d1", "legacy": "old-d1"])
        }
    }

    @Test("UUIDs come back out lower-case, as they came in")
    func uuids() async throws {
        try await withReplayServer { server in
            let sent = #"{"id": "u1", "ref": "e621e1f8-c36c-495a-93fc-0c247a3e6e5f", "refs": ["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"]}"#
            await server.reply(.json(sent))
            let thing = try await Client(serverURL: server.url).answer()
            let written = try JSONSerialization.jsonObject(with: JSONEncoder().encode(thing)) as? NSDictionary
            let expected = try JSONSerialization.jsonObject(with: Data(sent.utf8)) as? NSDictionary
            #expect(written == expected)
        }
    }

    @Test("a success body that does not read keeps its status and bytes")
    func unreadable() async throws {
        try await withReplayServer { server in
            let client = Client(serverURL: server.url)
            await server.reply(.json("not json", status: 201))
            let error = try await #require(throws: UnreadableResponse.self) { try await client.saveThing() }
            #expect(error.status == 201)
            #expect(error.data == Data("not json".utf8))
            #expect(error.error is DecodingError)

            await server.reply(ReplayServer.Reply(status: 200, contentType: "text/plain", body: Data([0xFF, 0xFE])))
            let notText = try await #require(throws: UnreadableResponse.self) { try await client.getText() }
            #expect(notText.data == Data([0xFF, 0xFE]))
        }
    }
}
