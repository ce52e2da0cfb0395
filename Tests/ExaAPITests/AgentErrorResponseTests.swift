import ExaAPI
import TestSupport
import Testing

/// `AgentErrorResponse` keeps what it does not list: `AgentError` allows additional properties of
/// any JSON kind, and its enums are open.
@Suite struct AgentErrorResponseTests {
    @Test func extraPropertiesOfEveryKindAreKeptAndWrittenBack() throws {
        let json: JSONTree = [
            "error": [
                "type": "NOT_FOUND", "code": "RUN_NOT_FOUND", "message": "Run not found.",
                "runId": "agent_run_1", "retryable": false, "retryAfter": nil, "attempt": 2, "ratio": 0.25,
                "details": ["trace": ["a", 1, true, nil, ["deep": []]], "team": ["id": "t_1"]],
            ]
        ]

        let (response, written) = try json.roundTrip(as: AgentErrorResponse.self)

        #expect(response.error.type == .notFound)
        #expect(response.error.code == .runNotFound)
        #expect(response.error.message == "Run not found.")
        #expect(
            response.error.additionalProperties == [
                "runId": .string("agent_run_1"), "retryable": .bool(false), "retryAfter": .null,
                "attempt": .number(2), "ratio": .number(0.25),
                "details": .object([
                    "trace": .array([.string("a"), .number(1), .bool(true), .null, .object(["deep": .array([])])]),
                    "team": .object(["id": .string("t_1")]),
                ]),
            ])
        #expect(written == json)
    }

    @Test func unknownTypeAndCodeAreKeptAsUnknown() throws {
        let json: JSONTree = ["error": ["type": "QUOTA_ERROR", "code": "QUOTA_EXCEEDED", "message": "Over quota."]]

        let (response, written) = try json.roundTrip(as: AgentErrorResponse.self)

        #expect(response.error.type == .unknown("QUOTA_ERROR"))
        #expect(response.error.code == .unknown("QUOTA_EXCEEDED"))
        #expect(response.error.additionalProperties.isEmpty)
        #expect(written == json)
    }

    @Test func missingRequiredMessageFailsToDecode() throws {
        let json: JSONTree = ["error": ["type": "NOT_FOUND", "code": "RUN_NOT_FOUND"]]

        #expect(throws: DecodingError.self) { try json.roundTrip(as: AgentErrorResponse.self) }
    }
}
