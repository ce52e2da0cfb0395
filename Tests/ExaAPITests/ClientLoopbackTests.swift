import ExaAPI
import Foundation
import TestSupport
import SpecgenCore
import Testing

/// Each generated endpoint, called over a real HTTP connection to a loopback server: the request
/// has the method, path and headers the page documents, and the page's example comes back decoded.
///
/// One test per endpoint; a new endpoint gets a new test of the same shape.
@Suite struct ClientLoopbackTests {
    @Test func deleteEnrichmentSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample(
            "DELETE", "/v0/websets/{webset}/enrichments/{id}", filling: ["webset": "ws_1", "id": "en_1"]
        ) { try await $0.deleteEnrichment(webset: "ws_1", id: "en_1") }
        #expect(value.id == example["id"]?.string)
        #expect(value.status.rawValue == example["status"]?.string)
        #expect(value.websetId == example["websetId"]?.string)
        #expect(value.format?.rawValue == example["format"]?.string)
        #expect(value.createdAt == Self.date(example["createdAt"]))
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func cancelSearchSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample(
            "POST", "/v0/websets/{webset}/searches/{id}/cancel", filling: ["webset": "ws_1", "id": "se_1"]
        ) { try await $0.cancelSearch(webset: "ws_1", id: "se_1") }
        #expect(value.id == example["id"]?.string)
        #expect(value.status.rawValue == example["status"]?.string)
        #expect(value.query == example["query"]?.string)
        #expect(try JSONTree(encoding: value.entity) == example["entity"])
        #expect(value.canceledAt == Self.date(example["canceledAt"]))
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func cancelEnrichmentSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample(
            "POST", "/v0/websets/{webset}/enrichments/{id}/cancel", filling: ["webset": "ws_1", "id": "en_1"]
        ) { try await $0.cancelEnrichment(webset: "ws_1", id: "en_1") }
        #expect(value.id == example["id"]?.string)
        #expect(value.status.rawValue == example["status"]?.string)
        #expect(value.updatedAt == Self.date(example["updatedAt"]))
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func cancelWebsetSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample(
            "POST", "/v0/websets/{id}/cancel", filling: ["id": "ws_1"]
        ) { try await $0.cancelWebset(id: "ws_1") }
        #expect(value.id == example["id"]?.string)
        #expect(value.status == example["status"]?.string)
        #expect(value.createdAt == Self.date(example["createdAt"]))
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func searchSendsThePageRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExamples("POST", "/search", filling: [:]) { client, body in
            try await client.search(body: try JSONDecoder().decode(SearchRequest.self, from: body.data))
        }
        #expect(value.requestId == example["requestId"]?.string)
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func createImportSendsThePageRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExamples("POST", "/v0/imports", filling: [:]) { client, body in
            try await client.createImport(body: try JSONDecoder().decode(CreateImportRequest.self, from: body.data))
        }
        #expect(value.id == example["id"]?.string)
        #expect(value.createdAt == Self.date(example["createdAt"]))
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func createWebhookSendsThePageRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExamples("POST", "/v0/webhooks", filling: [:]) { client, body in
            try await client.createWebhook(body: try JSONDecoder().decode(CreateWebhookParameters.self, from: body.data))
        }
        #expect(value.id == example["id"]?.string)
        #expect(value.url.absoluteString == example["url"]?.string)
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func getTeamSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample("GET", "/v0/teams/me", filling: [:]) {
            try await $0.teamsMeGet()
        }
        #expect(value.id == example["id"]?.string)
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func listMonitorRunsSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample("GET", "/v0/monitors/{monitor}/runs", filling: ["monitor": "mo_1"]) {
            try await $0.listRun(monitor: "mo_1")
        }
        #expect(try JSONTree(encoding: value) == example)
    }

    @Test func listWebhookAttemptsSendsItsRequestAndDecodesThePageExample() async throws {
        let (value, example) = try await exchangeDocumentedExample("GET", "/v0/webhooks/{id}/attempts", filling: ["id": "wh_1"]) {
            try await $0.listAttemptsWebhook(id: "wh_1")
        }
        #expect(try JSONTree(encoding: value) == example)
    }

    /// The event page's example is a `webset.created` event, its data a Webset. The page's own
    /// webset leaves out what the search pages' WebsetSearch requires (the loader warns), so the
    /// event answered carries the Webset the cancel page shows.
    @Test func getEventSendsItsRequestAndDecodesAnEventOfTheWebsetThePagesShow() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("GET", "/v0/events/{id}")
        let webset = try pages.responseJSON(of: try pages.operation("POST", "/v0/websets/{id}/cancel"))
        let event = try pages.responseJSON(of: operation).setting("data", to: webset)
        let (outcome, request) = try await withLoopbackServer(answering: .json(event.text)) { server in
            try await server.exchange { try await $0.getEvent(id: "ev_1") }
        }
        #expect(request.method == "GET")
        #expect(request.rawPath == operation.path(filling: ["id": "ev_1"]))
        let value = try outcome.get()
        let data: Webset? = value.data
        #expect(data?.id == webset["id"]?.string)
        #expect(try JSONTree(encoding: value) == event)
    }

    /// The agent page shows no example; the answer is built from the response schema's constants.
    @Test func deleteAgentRunSendsItsRequestWithTheBetaHeader() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("DELETE", "/agent/runs/{id}")
        let beta = try pages.headerParameter("ExaBetaHeader")
        let answer = try pages.object(ofSchema: "DeleteAgentRunResponse", with: ["id": "agent_run_1"])

        let (outcome, request) = try await withLoopbackServer(answering: .json(answer.text)) { server in
            try await server.exchange { try await $0.deleteAgentRun(id: "agent_run_1") }
        }

        #expect(request.method == operation.method.uppercased())
        #expect(request.rawPath == operation.path(filling: ["id": "agent_run_1"]))
        #expect(request.header(try pages.apiKeyHeader()) == "test-key")
        #expect(request.header(beta.name) == beta.value)
        #expect(try outcome.get().id == "agent_run_1")
    }

    @Test func deleteAgentRunAuthenticatesWithABearerTokenWhenThatIsTheCredential() async throws {
        let pages = try PageSpec.load()
        let answer = try pages.object(ofSchema: "DeleteAgentRunResponse", with: ["id": "agent_run_1"])

        let (outcome, request) = try await withLoopbackServer(answering: .json(answer.text)) { server in
            try await server.exchange(credentials: Credentials(bearer: "tok")) { try await $0.deleteAgentRun(id: "agent_run_1") }
        }

        #expect(request.header("Authorization") == "Bearer tok")
        #expect(request.header(try pages.apiKeyHeader()) == nil)
        _ = try outcome.get()
    }

    /// `/`, space, `?`, `#` and `%` in a parameter must not change the path's shape.
    @Test func pathParametersArePercentEscapedToStayOneSegment() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("DELETE", "/v0/websets/{webset}/enrichments/{id}")
        let example = try pages.example(of: operation)
        let webset = "team/a b?c#d%e"
        let id = "en 1/2"

        let (outcome, request) = try await withLoopbackServer(answering: .json(example.json)) { server in
            try await server.exchange { try await $0.deleteEnrichment(webset: webset, id: id) }
        }

        #expect(operation.parameters(inSentPath: request.rawPath) == ["webset": webset, "id": id], "sent \(request.rawPath)")
        _ = try outcome.get()
    }

    /// Calls an endpoint against a loopback server that answers with the page's example, checks
    /// the request's method, path and API key header, and returns the decoded value and the example.
    private func exchangeDocumentedExample<Value>(
        _ method: String, _ path: String, filling parameters: [String: String],
        sourceLocation: SourceLocation = #_sourceLocation, _ call: (Client) async throws -> Value
    ) async throws -> (Value, JSONTree) {
        try await exchangeDocumentedExamples(method, path, filling: parameters, sendsBody: false, sourceLocation: sourceLocation) { client, _ in
            try await call(client)
        }
    }

    /// As ``exchangeDocumentedExample(_:_:filling:sourceLocation:_:)``, for an endpoint that takes
    /// a body: `call` gets the page's request example, and the body sent must be that JSON.
    private func exchangeDocumentedExamples<Value>(
        _ method: String, _ path: String, filling parameters: [String: String], sendsBody: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation, _ call: (Client, JSONTree) async throws -> Value
    ) async throws -> (Value, JSONTree) {
        let pages = try PageSpec.load()
        let operation = try pages.operation(method, path)
        let example = try pages.responseJSON(of: operation)
        let body: JSONTree = sendsBody ? try pages.requestExample(of: operation) : nil
        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange { try await call($0, body) }
        }
        #expect(request.method == operation.method.uppercased(), sourceLocation: sourceLocation)
        #expect(request.rawPath == operation.path(filling: parameters), sourceLocation: sourceLocation)
        #expect(request.header(try pages.apiKeyHeader()) == "test-key", sourceLocation: sourceLocation)
        if sendsBody { #expect(try JSONTree(data: request.body) == body, sourceLocation: sourceLocation) }
        return (try outcome.get(), example)
    }

    /// An ISO 8601 date of an example, read without the generated code's help.
    private static func date(_ json: JSONTree?) -> Date? {
        json?.string.flatMap { try? Date.ISO8601FormatStyle().parse($0) }
    }
}
