import ExaAPI
import Foundation
import TestSupport
import Testing

/// Exa's answer endpoint offers its answer whole, as JSON, or as server-sent events: the client
/// has a method for each.
@Suite struct AnswerTests {
    @Test func theAnswerComesWholeAsJSON() async throws {
        let pages = try PageSpec.load()
        let example = try JSONTree(text: pages.example(of: try pages.operation("POST", "/answer")).json)
        let (outcome, request) = try await withLoopbackServer(answering: .json(example.text)) { server in
            try await server.exchange(credentials: Credentials(apiKey: "test-key")) {
                try await $0.answer(body: AnswerRequest(query: "What is SpaceX worth?"))
            }
        }
        let answer = try outcome.get()
        #expect(answer.answer == example["answer"]?.string)
        #expect(try JSONTree(encoding: answer) == example)
        #expect(request.method == "POST")
        #expect(request.rawPath == "/answer")
        #expect(request.header("x-api-key") == "test-key")
    }

    @Test func theAnswerStreamsAsEventsOfPartialAnswers() async throws {
        var answer = LoopbackServer.Answer.json(#"data: {"answer": "Space"}\#n\#ndata: {"answer": "X", "citations": []}\#n\#n"#)
        answer.contentType = "text/event-stream"
        let (outcome, request) = try await withLoopbackServer(answering: answer) { server in
            try await server.exchange(credentials: Credentials(apiKey: "test-key")) { client in
                var parts: [String] = []
                for try await event in try await client.answerStream(body: AnswerRequest(query: "q", stream: true)) {
                    parts.append(event.data.answer ?? "")
                }
                return parts
            }
        }
        #expect(try outcome.get() == ["Space", "X"])
        #expect(request.header("accept") == "text/event-stream")
        #expect(request.header("x-api-key") == "test-key")
    }
}
