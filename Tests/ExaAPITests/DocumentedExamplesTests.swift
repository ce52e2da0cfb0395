import ExaAPI
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `Client(transport: .documentedExamples)` answers every operation with the example its page
/// shows, offline, decoded into the operation's type; an operation whose page shows none throws,
/// and so does the client reading an example the loader warns does not decode.
@Suite struct DocumentedExamplesTests {
    @Test(arguments: ServerRoundTripTests.exchanges)
    func eachOperationAnswersItsPageExample(_ exchange: ServerRoundTripTests.Exchange) async throws {
        let pages = try PageSpec.load()
        let route = try #require(ServerRoundTripTests.routes[exchange.operation])
        let shown = pages.responseExamples.first { $0.method == route.method && $0.path == route.path && $0.status.hasPrefix("2") }
        let client = Client(transport: .documentedExamples)
        guard let shown else {
            await #expect(throws: DocumentedExamples.Missing.self) { try await exchange.send(client, pages) }
            return
        }
        guard !pages.isWarnedToFail(shown) else {
            await #expect(throws: UnreadableResponse.self, "\(pages.place(of: shown))") { try await exchange.send(client, pages) }
            return
        }
        let value = try await exchange.send(client, pages)
        // As a plain JSONDecoder reads the page's example: a URL placeholder ("<string>") is escaped.
        #expect(try JSONTree(encoding: value) == JSONTree.reencode(Data(shown.json.utf8), as: type(of: value)), "\(pages.place(of: shown))")
    }

    @Test("An operation without an example for the status asked for says so", arguments: [
        ([:], "teamsMeGet documents no example of its 200 response"),
        (["teamsMeGet": 401], "teamsMeGet documents no example of its 401 response"),
        (["teamsMeGet": 404], "teamsMeGet documents no 404 response"),
    ])
    func missingExample(statuses: [String: Int], message: String) async throws {
        let error = await #expect(throws: DocumentedExamples.Missing.self) {
            try await Client(transport: DocumentedExamples(statuses: statuses)).teamsMeGet()
        }
        #expect(error?.description == message)
    }

    /// Matched by the end of its path, a request is answered whatever server it goes to.
    @Test func anyServerURLIsAnswered() async throws {
        let client = Client(serverURL: URL(string: "https://example.com/mock/exa/"), transport: .documentedExamples)
        let run = try await client.listRun(monitor: "mo_1")
        let pages = try PageSpec.load()
        let shown = try pages.example(of: try pages.operation("GET", "/v0/monitors/{monitor}/runs"))
        #expect(try JSONTree(encoding: run) == JSONTree(text: shown.json))
    }

    @Test func aRequestNoOperationMatchesSaysSo() async throws {
        var request = URLRequest(url: try #require(URL(string: "https://api.exa.ai/v0/monitors")))
        request.httpMethod = "PATCH"
        let error = await #expect(throws: DocumentedExamples.Missing.self) { try await DocumentedExamples().send(request) }
        #expect(error?.description == "no documented operation is PATCH /v0/monitors")
    }
}
