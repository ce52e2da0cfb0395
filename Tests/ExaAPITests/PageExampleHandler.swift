import ExaAPI
import Foundation
import TestSupport

/// Implements every operation of the generated `APIHandler` with the answer the pages show for
/// it, and records what each call received, so a test sees both halves of a round trip through
/// the generated router: what the router read, and what the client read back. As the real API
/// does, it answers 401 to a call without its key (in the API key header, or as a bearer token).
actor PageExampleHandler: APIHandler {
    /// What a handler method received: its operation and its typed inputs.
    enum Call: Hashable {
        case deleteAgentRun(id: AgentRunId, exaBeta: String)
        case answer(AnswerRequest)
        case answerStream(AnswerRequest)
        case deleteEnrichment(webset: String, id: String)
        case listRun(monitor: String)
        case cancelSearch(webset: String, id: String)
        case teamsMeGet
        case listAttemptsWebhook(id: String, cursor: String?, limit: Double?, eventType: ListAttemptsWebhookEventType?, successful: Bool?)
        case createWebhook(CreateWebhookParameters)
        case search(SearchRequest)
        case cancelWebset(id: String)
        case cancelEnrichment(webset: String, id: String)
        case getEvent(id: String)
        case createImport(CreateImportRequest)
    }

    private(set) var calls: [Call] = []
    /// The API key header of each call, as `ServerRequest.current` shows it.
    private(set) var apiKeys: [String?] = []
    /// The JSON each operation answers, by the name of its method.
    let answers: [String: JSONTree]
    private let apiKeyHeader: String
    private let apiKey: String

    init(answers: [String: JSONTree], apiKeyHeader: String, apiKey: String = "test-key") {
        self.answers = answers
        self.apiKeyHeader = apiKeyHeader
        self.apiKey = apiKey
    }

    /// Records `call` and answers what the pages show for its operation, decoded as the handler
    /// returns it; a 401 when the request does not carry the key.
    private func answering<Value: Decodable>(_ call: Call, _ operation: String = #function) throws -> Value {
        let request = ServerRequest.current
        guard request?.header(apiKeyHeader) == apiKey || request?.header("Authorization") == "Bearer \(apiKey)" else {
            throw ErrorResponse(status: 401)
        }
        calls.append(call)
        apiKeys.append(request?.header(apiKeyHeader))
        let name = String(operation.prefix { $0 != "(" })
        guard let answer = answers[name] else { throw CocoaError(.coderValueNotFound, userInfo: [NSDebugDescriptionErrorKey: "no answer for \(name)"]) }
        return try JSONDecoder().decode(Value.self, from: answer.data)
    }

    func deleteAgentRun(id: AgentRunId, exaBeta: String) async throws -> DeleteAgentRunResponse {
        try answering(.deleteAgentRun(id: id, exaBeta: exaBeta))
    }

    func answer(body: AnswerRequest) async throws -> AnswerResult {
        try answering(.answer(body))
    }

    /// The answer the page shows, as one event of a partial answer.
    func answerStream(body: AnswerRequest) async throws -> AsyncThrowingStream<ServerSentEvent<AnswerResponseEvent>, any Error> {
        let event: AnswerResponseEvent = try answering(.answerStream(body), "answer")
        return AsyncThrowingStream { continuation in
            continuation.yield(ServerSentEvent(data: event))
            continuation.finish()
        }
    }

    func deleteEnrichment(webset: String, id: String) async throws -> WebsetEnrichment {
        try answering(.deleteEnrichment(webset: webset, id: id))
    }

    func listRun(monitor: String) async throws -> ListMonitorRunsResponse {
        try answering(.listRun(monitor: monitor))
    }

    func cancelSearch(webset: String, id: String) async throws -> WebsetSearch {
        try answering(.cancelSearch(webset: webset, id: id))
    }

    func teamsMeGet() async throws -> TeamsMeGetResponse {
        try answering(.teamsMeGet)
    }

    func listAttemptsWebhook(
        id: String, cursor: String?, limit: Double?, eventType: ListAttemptsWebhookEventType?, successful: Bool?
    ) async throws -> ListWebhookAttemptsResponse {
        try answering(.listAttemptsWebhook(id: id, cursor: cursor, limit: limit, eventType: eventType, successful: successful))
    }

    func createWebhook(body: CreateWebhookParameters) async throws -> Webhook {
        try answering(.createWebhook(body))
    }

    func search(body: SearchRequest) async throws -> SearchResponse {
        try answering(.search(body))
    }

    func cancelWebset(id: String) async throws -> Webset {
        try answering(.cancelWebset(id: id))
    }

    func cancelEnrichment(webset: String, id: String) async throws -> WebsetEnrichment {
        try answering(.cancelEnrichment(webset: webset, id: id))
    }

    func getEvent(id: String) async throws -> Event {
        try answering(.getEvent(id: id))
    }

    func createImport(body: CreateImportRequest) async throws -> Import {
        try answering(.createImport(body))
    }
}
