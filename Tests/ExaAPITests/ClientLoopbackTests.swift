import ExaAPI
import Foundation
import SpecgenCore
import Testing

/// Each generated endpoint, called over a real HTTP connection to a loopback server: the request
/// has the method, path and headers the page documents, and the page's example comes back decoded.
///
/// One test per endpoint; a new endpoint gets a new test of the same shape.
@Suite struct ClientLoopbackTests {
    @Test func deleteEnrichmentSendsItsRequestAndDecodesThePageExample() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("DELETE", "/v0/websets/{webset}/enrichments/{id}")
        let example = try JSONTree(text: pages.example(of: operation).json)

        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange { try await $0.deleteEnrichment(webset: "ws_1", id: "en_1") }
        }

        #expect(request.method == operation.method.uppercased())
        #expect(request.rawPath == operation.path(filling: ["webset": "ws_1", "id": "en_1"]))
        #expect(request.header(try pages.apiKeyHeader()) == "test-key")
        let enrichment = try outcome.get()
        #expect(enrichment.id == example["id"]?.string)
        #expect(enrichment.status.rawValue == example["status"]?.string)
        #expect(enrichment.websetId == example["websetId"]?.string)
        #expect(enrichment.format?.rawValue == example["format"]?.string)
        #expect(enrichment.createdAt == Self.date(example["createdAt"]))
        #expect(try JSONTree(encoding: enrichment) == example)
    }

    @Test func cancelSearchSendsItsRequestAndDecodesThePageExample() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("POST", "/v0/websets/{webset}/searches/{id}/cancel")
        let example = try JSONTree(text: pages.example(of: operation).json)

        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange { try await $0.cancelSearch(webset: "ws_1", id: "se_1") }
        }

        #expect(request.method == operation.method.uppercased())
        #expect(request.rawPath == operation.path(filling: ["webset": "ws_1", "id": "se_1"]))
        #expect(request.header(try pages.apiKeyHeader()) == "test-key")
        let search = try outcome.get()
        #expect(search.id == example["id"]?.string)
        #expect(search.status.rawValue == example["status"]?.string)
        #expect(search.query == example["query"]?.string)
        #expect(try JSONTree(encoding: search.entity) == example["entity"])
        #expect(search.canceledAt == Self.date(example["canceledAt"]))
        #expect(try JSONTree(encoding: search) == example)
    }

    @Test func cancelEnrichmentSendsItsRequestAndDecodesThePageExample() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("POST", "/v0/websets/{webset}/enrichments/{id}/cancel")
        let example = try JSONTree(text: pages.example(of: operation).json)

        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange { try await $0.cancelEnrichment(webset: "ws_1", id: "en_1") }
        }

        #expect(request.method == operation.method.uppercased())
        #expect(request.rawPath == operation.path(filling: ["webset": "ws_1", "id": "en_1"]))
        #expect(request.header(try pages.apiKeyHeader()) == "test-key")
        let enrichment = try outcome.get()
        #expect(enrichment.id == example["id"]?.string)
        #expect(enrichment.status.rawValue == example["status"]?.string)
        #expect(enrichment.updatedAt == Self.date(example["updatedAt"]))
        #expect(try JSONTree(encoding: enrichment) == example)
    }

    @Test func cancelWebsetSendsItsRequestAndDecodesThePageExample() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("POST", "/v0/websets/{id}/cancel")
        let example = try JSONTree(text: pages.example(of: operation).json)

        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange { try await $0.cancelWebset(id: "ws_1") }
        }

        #expect(request.method == operation.method.uppercased())
        #expect(request.rawPath == operation.path(filling: ["id": "ws_1"]))
        #expect(request.header(try pages.apiKeyHeader()) == "test-key")
        let webset = try outcome.get()
        #expect(webset.id == example["id"]?.string)
        #expect(webset.status == example["status"]?.string)
        #expect(webset.createdAt == Self.date(example["createdAt"]))
        #expect(try JSONTree(encoding: webset) == example)
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

    /// An ISO 8601 date of an example, read without the generated code's help.
    private static func date(_ json: JSONTree?) -> Date? {
        json?.string.flatMap { try? Date.ISO8601FormatStyle().parse($0) }
    }
}
