import Foundation
import ServerStubs
import Testing

/// `Client(transport: .documentedExamples)` answers with a response's documented body and the
/// fields of its documented header examples, offline.
@Suite("The documented examples' transport")
struct DocumentedExamplesTests {
    @Test("a response's example body and header examples come back typed")
    func bodyAndHeaders() async throws {
        let page = try await Client(transport: .documentedExamples).listPets()
        #expect(page.body == [Pet(id: 1, name: "Rex", status: .available, tags: ["good"])])
        #expect(page.headers == ListPetsHeaders(xTotal: 1, xNext: "/pets?page=2"))
    }

    @Test("a response with no documented example is an error, not a made-up value")
    func missing() async throws {
        await #expect(throws: DocumentedExamples.Missing.self) { try await Client(transport: .documentedExamples).myPets() }
    }
}
