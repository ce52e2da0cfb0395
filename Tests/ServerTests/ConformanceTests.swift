import Foundation
import ServerStubs
import TestSupport
import Testing

/// schemathesis, an independent client, drives the served router from the API description, with
/// requests it generates, valid and not.
@Suite("schemathesis against the router")
struct ConformanceTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SpecgenCoreTests/Golden/server-stubs/input/api.yaml")
    /// schemathesis reads a text/event-stream schema as the whole event's ({data, event, id}, as
    /// OpenAPI 3.2's itemSchema has it); specgen, as the description means here, as each event's data.
    static let streams = ["/pets/{petId}/events"]

    @Test("valid requests: every conformance check of status, content type, headers and body passes")
    func validRequests() async throws {
        try await withRouter(RecordingHandler(findsEveryPet: true)) { server in
            let (status, output) = try await Schemathesis.run(
                spec: Self.spec, url: server.url, mode: "positive", excluding: Self.streams, Schemathesis.validRequestChecks)
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }

    @Test("invalid requests: none gets a 5xx or crashes the router")
    func invalidRequests() async throws {
        try await withRouter(RecordingHandler(findsEveryPet: true)) { server in
            let (status, output) = try await Schemathesis.run(
                spec: Self.spec, url: server.url, mode: "negative", excluding: Self.streams, Schemathesis.invalidRequestChecks)
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }
}
