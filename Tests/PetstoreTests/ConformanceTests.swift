import Foundation
import TestSupport
import Testing

/// schemathesis, an independent client, drives the generated router serving the corpus's Swagger
/// pet store (path, query and header parameters, exploded lists, JSON, XML and binary bodies),
/// with requests it generates, valid and not.
@Suite("schemathesis against the served Swagger pet store", .serialized)
struct PetstoreConformanceTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Petstore/openapi.yaml")
    static let credentials = ["--header", "api_key: \(StoreHandler.apiKey)", "--header", "Authorization: Bearer \(StoreHandler.token)"]

    @Test("valid requests: every conformance check of status, content type, headers and body passes")
    func validRequests() async throws {
        try await withRouter(StoreHandler()) { server in
            let (status, output) = try await Schemathesis.run(
                spec: Self.spec, url: server.url, mode: "positive", Self.credentials + Schemathesis.validRequestChecks)
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }

    @Test("invalid requests: none gets a 5xx or crashes the router")
    func invalidRequests() async throws {
        try await withRouter(StoreHandler()) { server in
            let (status, output) = try await Schemathesis.run(
                spec: Self.spec, url: server.url, mode: "negative", Self.credentials + Schemathesis.invalidRequestChecks)
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }
}
