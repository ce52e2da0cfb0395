import ExaAPI
import Foundation
import SpecgenCore
import TestSupport
import Testing

/// schemathesis, an independent client, drives the generated router serving the Exa API from
/// the merged description of the pages (`specgen bundle specs/`), with requests it generates,
/// valid and not; the handler answers the pages' examples.
@Suite("schemathesis against the served Exa API", .serialized)
struct ExaConformanceTests {
    /// The pages merged into one OpenAPI document, as `specgen bundle` writes it.
    static func bundle(_ pages: PageSpec) throws -> URL {
        var bundler = Bundler(spec: pages.spec)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("exa-\(UUID().uuidString).yaml")
        try Data(YAMLWriter.yaml(bundler.bundle()).utf8).write(to: file)
        return file
    }

    static func serve(mode: String, _ checks: [String]) async throws {
        let pages = try PageSpec.load()
        let spec = try bundle(pages)
        defer { try? FileManager.default.removeItem(at: spec) }
        let handler = PageExampleHandler(answers: try ServerRoundTripTests.answers(pages), apiKeyHeader: try pages.apiKeyHeader())
        let key = ["--header", "\(try pages.apiKeyHeader()): test-key"]
        let (status, output) = try await withRouter(handler) { server in
            try await Schemathesis.run(spec: spec, url: server.url, mode: mode, key + checks)
        }
        #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
    }

    @Test("valid requests: every conformance check of status, content type, headers and body passes")
    func validRequests() async throws {
        try await Self.serve(mode: "positive", Schemathesis.validRequestChecks)
    }

    @Test("invalid requests: none gets a 5xx or crashes the router")
    func invalidRequests() async throws {
        try await Self.serve(mode: "negative", Schemathesis.invalidRequestChecks)
    }
}
