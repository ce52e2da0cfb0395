import ExaAPI
import Foundation
import TestSupport
import SpecgenCore
import Testing

/// Every response example the pages show decodes, with a plain `JSONDecoder()`, into the type the
/// client returns for it, and a plain `JSONEncoder()` writes it back as the same JSON (placeholders
/// the schema cannot take filled in: `PageSpec.filledIn(_:as:)`).
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
            let name = pages.swiftType(of: example)
            #expect(
                name.flatMap { DocumentedTypes.bySwiftName[$0] } != nil,
                "\(pages.place(of: example)): \(example.method) \(example.path) \(example.status) is read as \(name ?? "no type"), which DocumentedTypes does not map")
        }
    }

    @Test func everyExampleRoundTripsThroughItsDocumentedType() throws {
        let pages = try PageSpec.load()
        try #require(!pages.responseExamples.isEmpty)
        for example in pages.responseExamples {
            // An example without a mapped type fails everyExampleHasADocumentedSwiftType; one the
            // loader warns does not decode is checked by examplesWarnedToFailDoFail.
            guard let name = pages.swiftType(of: example), let type = DocumentedTypes.bySwiftName[name], !pages.isWarnedToFail(example) else {
                continue
            }
            let place = "\(pages.place(of: example)) as \(name)"
            do {
                let written = try JSONTree.reencode(pages.json(of: example).data, as: type)
                #expect(try written == pages.json(of: example), "\(place)")
            } catch {
                Issue.record(error, "\(place)")
            }
        }
    }

    /// The loader's warning that an example leaves out what its type requires is true: the
    /// example does not decode (and there is such an example to check).
    @Test func examplesWarnedToFailDoFail() throws {
        let pages = try PageSpec.load()
        let warned = pages.responseExamples.filter(pages.isWarnedToFail)
        try #require(!warned.isEmpty, "no example is warned of; this test and isWarnedToFail can go")
        for example in warned {
            let type = try #require(pages.swiftType(of: example).flatMap { DocumentedTypes.bySwiftName[$0] })
            #expect(throws: DecodingError.self, "\(pages.place(of: example))") { try JSONTree.reencode(pages.json(of: example).data, as: type) }
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
