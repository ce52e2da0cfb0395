import ExaAPI
import Foundation
import TestSupport
import SpecgenCore
import Testing

/// Every response example the pages show decodes, with a plain `JSONDecoder()`, into the type its
/// operation documents, and a plain `JSONEncoder()` writes it back as the same JSON.
@Suite struct ExampleRoundTripTests {
    @Test func loaderKeepsEveryResponseExampleOfEveryPage() throws {
        let pages = try PageSpec.load()
        let onPages = try PageExampleCounter.counts(inFolder: PageSpec.folderPath)
        let loaded = Dictionary(grouping: pages.responseExamples, by: pages.relativePath(of:)).mapValues(\.count)
        #expect(!onPages.isEmpty, "no page under \(PageSpec.folderPath) holds a response example")
        #expect(loaded == onPages)
    }

    @Test func everyExampleHasADocumentedSwiftType() throws {
        let pages = try PageSpec.load()
        for example in pages.responseExamples {
            let name = pages.documentedSchemaName(of: example)
            #expect(
                name.flatMap { DocumentedTypes.bySchemaName[$0] } != nil,
                "\(pages.place(of: example)): \(example.method) \(example.path) \(example.status) documents \(name ?? "no $ref schema"), which DocumentedTypes does not map to a Swift type")
        }
    }

    @Test func everyExampleRoundTripsThroughItsDocumentedType() throws {
        let pages = try PageSpec.load()
        try #require(!pages.responseExamples.isEmpty)
        for example in pages.responseExamples {
            // An example without a mapped type fails everyExampleHasADocumentedSwiftType.
            guard let name = pages.documentedSchemaName(of: example), let type = DocumentedTypes.bySchemaName[name] else {
                continue
            }
            let place = "\(pages.place(of: example)) as \(name)"
            do {
                let written = try JSONTree.reencode(Data(example.json.utf8), as: type)
                #expect(try written == JSONTree(text: example.json), "\(place)")
            } catch {
                Issue.record(error, "\(place)")
            }
        }
    }

    /// The agent page shows no example, so this one is built from its schemas: the run id is
    /// `AgentRunId`'s example, `object` and `deleted` the constants the schema fixes.
    @Test func deleteAgentRunResponseRoundTrips() throws {
        let pages = try PageSpec.load()
        let id = try #require(pages.schema("AgentRunId")["example"]?.text)
        let json = try pages.object(ofSchema: "DeleteAgentRunResponse", with: ["id": .string(id)])

        let (response, written) = try json.roundTrip(as: DeleteAgentRunResponse.self)

        #expect(response.id == id)
        #expect(written == json)
    }
}
