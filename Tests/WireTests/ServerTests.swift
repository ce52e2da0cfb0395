import Foundation
import TestSupport
import Testing
import WireServers

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension RecordingTransport: WireServers.HTTPTransport {
    func send(_ request: URLRequest) async throws -> WireServers.HTTPResponse {
        let (status, data) = try await exchange(request)
        return HTTPResponse(status: status, body: HTTPBody(data))
    }
}

/// The servers of the `wire-servers` golden case: variables filled in as typed arguments, a
/// relative server resolved against the document, a choice among several. openapi-core judges
/// against the document's own servers, so a request only passes when its URL is one of them.
@Suite("Servers on the wire", .serialized)
struct ServerTests {
    @Test("a templated server with its variables filled in, defaults and enum values")
    func templated() async throws {
        try await withOracle("wire-servers", keepServers: true) { oracle in
            let port = String(try #require(oracle.url.port))
            try await Client(serverURL: try Servers.loopback(port: port), transport: oracle.transport).listThings(q: "x")
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.raw.path == "/v2/things")
            #expect(verdict.query == ["q": "x"])

            try await Client(serverURL: try Servers.loopback(port: port, version: .v1), transport: oracle.transport).listThings()
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.raw.path == "/v1/things")
        }
    }

    @Test("a relative server is resolved against where the document is served")
    func relative() async throws {
        try await withOracle("wire-servers", keepServers: true) { oracle in
            let document = oracle.url.appendingPathComponent("docs/openapi.yaml")
            try await Client(serverURL: try Servers.relative(relativeTo: document), transport: oracle.transport).listThings()
            let verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.raw.path == "/relative/v1/things")
        }
    }

    @Test("the default server has its variables at their defaults; the others are a choice")
    func defaultsAndChoice() throws {
        #expect(Client.defaultServer == "http://127.0.0.1:8080/v2")
        #expect(try Servers.server3().absoluteString == "https://us-east.example.com/api")
        #expect(try Servers.server3(region: .euWest, default: "v9").absoluteString == "https://eu-west.example.com/v9")
        #expect(Servers.Server3Region.allCases.map(\.rawValue) == ["us-east", "eu-west"])
        #expect(throws: URLError.self) { try Servers.loopback(host: "") }
    }
}
