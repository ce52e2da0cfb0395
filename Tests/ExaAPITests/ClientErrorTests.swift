import ExaAPI
import Foundation
import TestSupport
import SpecgenCore
import Testing

/// A status other than success is thrown as `APIError` with the status and the body as it came,
/// and with the body decoded when the page documents a type for that status.
@Suite struct ClientErrorTests {
    @Test func everyDocumentedDeleteAgentRunErrorIsThrownWithItsBodyDecoded() async throws {
        let pages = try PageSpec.load()
        let statuses = pages.documentedErrorStatuses(of: try pages.operation("DELETE", "/agent/runs/{id}"))
        try #require(!statuses.isEmpty)
        let body: JSONTree = ["error": ["type": "NOT_FOUND", "code": "RUN_NOT_FOUND", "message": "Run not found."]]
        let expected = try JSONDecoder().decode(AgentErrorResponse.self, from: body.data)

        for status in statuses {
            let (outcome, _) = try await withLoopbackServer(answering: .json(body.text, status: status)) { server in
                try await server.exchange { try await $0.deleteAgentRun(id: "agent_run_1") }
            }

            let error = try #require(throws: APIError.self, "status \(status)") { try outcome.get() }
            #expect(error.status == status)
            #expect(error.body == .agentErrorResponse(expected), "status \(status)")
            #expect(error.data == body.data, "status \(status)")
        }
    }

    @Test func documentedErrorWithAnUndecodableBodyKeepsTheRawData() async throws {
        let pages = try PageSpec.load()
        let statuses = pages.documentedErrorStatuses(of: try pages.operation("DELETE", "/agent/runs/{id}"))
        let status = try #require(statuses.first)
        let html = "<html><body>Bad gateway</body></html>"
        let answer = LoopbackServer.Answer(status: status, body: Data(html.utf8), contentType: "text/html")

        let (outcome, _) = try await withLoopbackServer(answering: answer) { server in
            try await server.exchange { try await $0.deleteAgentRun(id: "agent_run_1") }
        }

        let error = try #require(throws: APIError.self) { try outcome.get() }
        #expect(error.status == status)
        #expect(error.body == nil)
        #expect(String(decoding: error.data, as: UTF8.self) == html)
    }

    @Test func undocumentedDeleteEnrichmentErrorIsThrownWithTheRawDataOnly() async throws {
        let pages = try PageSpec.load()
        let operation = try pages.operation("DELETE", "/v0/websets/{webset}/enrichments/{id}")
        try #require(!pages.documentedErrorStatuses(of: operation).contains(500), "500 is documented now; pick another status")
        let body: JSONTree = ["error": ["type": "SERVER_ERROR", "code": "SERVER_ERROR", "message": "Upstream failed."]]

        let (outcome, _) = try await withLoopbackServer(answering: .json(body.text, status: 500)) { server in
            try await server.exchange { try await $0.deleteEnrichment(webset: "ws_1", id: "en_1") }
        }

        let error = try #require(throws: APIError.self) { try outcome.get() }
        #expect(error.status == 500)
        #expect(error.body == nil)
        #expect(error.data == body.data)
    }
}
