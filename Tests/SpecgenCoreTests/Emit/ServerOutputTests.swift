import Foundation
import Testing
@testable import SpecgenCore

@Suite("The server output")
struct ServerOutputTests {
    @Test("The ServerStubs module holds what its golden case generates, server support and documented examples included")
    func serverModule() throws {
        let golden = GoldenCase(name: "server-stubs")
        let generated = try golden.generatedFiles()
        #expect(generated.map(\.name) == Emitter.fileNames + Emitter.serverFileNames + Emitter.examplesFileNames)
        let folder = Fixtures.packageRoot.appendingPathComponent("GeneratedExample/Sources/ServerStubs")
        for file in generated {
            let checkedIn = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(checkedIn == file.contents, "ServerStubs/\(file.name) is stale: regenerate it")
        }
    }

    @Test("The Petstore module holds what the corpus's Swagger pet store generates, server included")
    func petstoreModule() throws {
        let spec = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/Petstore/openapi.yaml")
        // The copy is the corpus's file, unchanged, wherever the corpus sits beside the package.
        let corpus = Fixtures.packageRoot.appendingPathComponent("../shared/corpus/varied/swagger-petstore-openapi.yaml")
        if FileManager.default.fileExists(atPath: corpus.path) {
            #expect(try Data(contentsOf: spec) == Data(contentsOf: corpus))
        }
        let result = try Fixtures.generate(spec, displayedAs: "openapi.yaml", parts: [.types, .client, .server])
        #expect(!result.hasErrors)
        let folder = Fixtures.packageRoot.appendingPathComponent("GeneratedExample/Sources/Petstore")
        #expect(result.files.map(\.name) == Emitter.fileNames + Emitter.serverFileNames)
        for file in result.files {
            let checkedIn = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(checkedIn == file.contents, "Petstore/\(file.name) is stale: regenerate it")
        }
    }

    @Test("Without the server, none of its files is written and none of its names is reserved")
    func serverOnlyOnRequest() throws {
        let files = try GoldenCase(name: "wire-responses").generatedFiles()
        #expect(files.map(\.name) == Emitter.fileNames)
        let reserved = Emitter().reservedNames().typeNames
        #expect(!reserved.contains("APIHandler") && !reserved.contains("ServerRequest"))
        let withServer = Emitter(options: EmitOptions(parts: [.types, .client, .server])).reservedNames().typeNames
        #expect(withServer.contains("APIHandler") && withServer.contains("Router") && withServer.contains("ServerRequest"))
    }

    @Test("The parts to generate must include the types and the client")
    func partsNamed() throws {
        #expect(try GeneratedPart.parts(["types", "client", "server"]).get() == [.types, .client, .server])
        #expect(try GeneratedPart.parts(["client", "types"]).get() == GeneratedPart.defaults)
        guard case .failure(let error) = GeneratedPart.parts(["types", "server"]) else {
            Issue.record("a server without the client was accepted")
            return
        }
        #expect(error.message.contains("types and client"))
        guard case .failure(let unknown) = GeneratedPart.parts(["types", "client", "mocks"]) else {
            Issue.record("an unknown part was accepted")
            return
        }
        #expect(unknown.message == "unknown part 'mocks' to generate (use types, client, server, examples)")
    }
}
