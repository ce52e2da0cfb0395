import ExaAPI
import Foundation
import TestSupport
import Testing

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
}
