import ExaAPI
import Foundation
import TestSupport
import Testing

/// The generated router, served on 127.0.0.1 with a handler answering the pages' examples, and
/// called at every endpoint by the generated client: the handler receives what the client sent,
/// and the client reads back what the handler returned.
@Suite struct ServerRoundTripTests {
    /// One call of the client, the inputs the handler must receive, and the operation whose
    /// answer comes back.
    struct Exchange: Sendable, CustomTestStringConvertible {
        var operation: String
        var call: @Sendable (PageSpec) throws -> PageExampleHandler.Call
        var send: @Sendable (Client, PageSpec) async throws -> any Codable

        var testDescription: String { operation }
    }

    static let exchanges: [Exchange] = [
        Exchange(operation: "deleteAgentRun", call: { _ in .deleteAgentRun(id: "agent_run_1", exaBeta: "agent-2026-05-07") }) { client, _ in
            try await client.deleteAgentRun(id: "agent_run_1")
        },
        Exchange(operation: "answer", call: { _ in .answer(question) }) { client, _ in try await client.answer(body: question) },
        Exchange(operation: "deleteEnrichment", call: { _ in .deleteEnrichment(webset: "ws 1/a", id: "en_1") }) { client, _ in
            try await client.deleteEnrichment(webset: "ws 1/a", id: "en_1")
        },
        Exchange(operation: "listRun", call: { _ in .listRun(monitor: "mo_1") }) { client, _ in try await client.listRun(monitor: "mo_1") },
        Exchange(operation: "cancelSearch", call: { _ in .cancelSearch(webset: "ws_1", id: "se_1") }) { client, _ in
            try await client.cancelSearch(webset: "ws_1", id: "se_1")
        },
        Exchange(operation: "teamsMeGet", call: { _ in .teamsMeGet }) { client, _ in try await client.teamsMeGet() },
        Exchange(
            operation: "listAttemptsWebhook",
            call: { _ in .listAttemptsWebhook(id: "wh_1", cursor: "c&d", limit: 25, eventType: .websetCreated, successful: false) }
        ) { client, _ in
            try await client.listAttemptsWebhook(id: "wh_1", cursor: "c&d", limit: 25, eventType: .websetCreated, successful: false)
        },
        Exchange(operation: "createWebhook", call: { .createWebhook(try requestExample("POST", "/v0/webhooks", $0)) }) { client, pages in
            try await client.createWebhook(body: try requestExample("POST", "/v0/webhooks", pages))
        },
        Exchange(operation: "search", call: { .search(try requestExample("POST", "/search", $0)) }) { client, pages in
            try await client.search(body: try requestExample("POST", "/search", pages))
        },
        Exchange(operation: "cancelWebset", call: { _ in .cancelWebset(id: "ws_1") }) { client, _ in try await client.cancelWebset(id: "ws_1") },
        Exchange(operation: "cancelEnrichment", call: { _ in .cancelEnrichment(webset: "ws_1", id: "en_1") }) { client, _ in
            try await client.cancelEnrichment(webset: "ws_1", id: "en_1")
        },
        Exchange(operation: "getEvent", call: { _ in .getEvent(id: "ev_1") }) { client, _ in try await client.getEvent(id: "ev_1") },
        Exchange(operation: "createImport", call: { .createImport(try requestExample("POST", "/v0/imports", $0)) }) { client, pages in
            try await client.createImport(body: try requestExample("POST", "/v0/imports", pages))
        },
    ]

    static let question = AnswerRequest(query: "What is SpaceX worth?")

    @Test(arguments: exchanges)
    func theHandlerReceivesWhatTheClientSentAndTheClientReadsWhatItReturned(_ exchange: Exchange) async throws {
        let pages = try PageSpec.load()
        let handler = PageExampleHandler(answers: try Self.answers(pages), apiKeyHeader: try pages.apiKeyHeader())
        let value = try await withRouter(handler) { server in
            try await exchange.send(Client(serverURL: server.url, credentials: Credentials(apiKey: "test-key"), retry: .none), pages)
        }
        #expect(await handler.calls == [try exchange.call(pages)])
        #expect(await handler.apiKeys == ["test-key"])
        #expect(try JSONTree(encoding: value) == handler.answers[exchange.operation])
    }

    @Test func theAnswerStreamsAsTheEventsTheHandlerYields() async throws {
        let pages = try PageSpec.load()
        let handler = PageExampleHandler(answers: try Self.answers(pages), apiKeyHeader: try pages.apiKeyHeader())
        let events = try await withRouter(handler) { server in
            var events: [AnswerResponseEvent] = []
            let client = Client(serverURL: server.url, credentials: Credentials(apiKey: "test-key"), retry: .none)
            for try await event in try await client.answerStream(body: Self.question) { events.append(event.data) }
            return events
        }
        #expect(await handler.calls == [.answerStream(Self.question)])
        let answer = try #require(handler.answers["answer"])
        #expect(events == [try JSONDecoder().decode(AnswerResponseEvent.self, from: answer.data)])
        #expect(events.first?.answer == answer["answer"]?.string)
    }

    @Test func everyOperationOfThePagesIsExchanged() throws {
        let pages = try PageSpec.load()
        #expect(Set(Self.exchanges.map(\.operation)) == Set(Self.routes.keys))
        #expect(Self.exchanges.count == pages.spec.operations.count)
    }

    /// The method and path of each operation, by its client method's name.
    static let routes: [String: (method: String, path: String)] = [
        "deleteAgentRun": ("DELETE", "/agent/runs/{id}"),
        "answer": ("POST", "/answer"),
        "deleteEnrichment": ("DELETE", "/v0/websets/{webset}/enrichments/{id}"),
        "listRun": ("GET", "/v0/monitors/{monitor}/runs"),
        "cancelSearch": ("POST", "/v0/websets/{webset}/searches/{id}/cancel"),
        "teamsMeGet": ("GET", "/v0/teams/me"),
        "listAttemptsWebhook": ("GET", "/v0/webhooks/{id}/attempts"),
        "createWebhook": ("POST", "/v0/webhooks"),
        "search": ("POST", "/search"),
        "cancelWebset": ("POST", "/v0/websets/{id}/cancel"),
        "cancelEnrichment": ("POST", "/v0/websets/{webset}/enrichments/{id}/cancel"),
        "getEvent": ("GET", "/v0/events/{id}"),
        "createImport": ("POST", "/v0/imports"),
    ]

    /// What each operation answers, by its method's name: what the page shows, else what the
    /// client tests answer for it (``ClientLoopbackTests``).
    static func answers(_ pages: PageSpec) throws -> [String: JSONTree] {
        // The agent page shows no response.
        var answers = try routes.filter { $0.key != "deleteAgentRun" }.mapValues { route in
            try pages.responseJSON(of: try pages.operation(route.method, route.path))
        }
        answers["deleteAgentRun"] = try pages.object(ofSchema: "DeleteAgentRunResponse", with: ["id": "agent_run_1"])
        // The event page's own webset leaves out what the search pages require (the loader warns).
        answers["getEvent"] = answers["getEvent"]?.setting("data", to: answers["cancelWebset"]!)
        return answers
    }

    /// The request body the page shows for `method` `path`, decoded as the client sends it.
    static func requestExample<Body: Decodable>(_ method: String, _ path: String, _ pages: PageSpec) throws -> Body {
        try JSONDecoder().decode(Body.self, from: pages.requestExample(of: try pages.operation(method, path)).data)
    }
}
