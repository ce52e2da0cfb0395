import Foundation
import Testing
@testable import SpecgenCore

@Suite("GeneratedExample is what specs/ generates")
struct GeneratedExampleTests {
    /// What its `specgen.yaml` generates: the client, the server and the documented examples.
    static let parts: Set<GeneratedPart> = [.types, .client, .server, .examples]

    @Test("Every generated file equals the checked-in one")
    func upToDate() throws {
        let result = try Fixtures.exaSpecs(parts: Self.parts)
        #expect(!result.hasErrors)
        #expect(result.files.map(\.name) == Emitter.fileNames + Emitter.serverFileNames + Emitter.examplesFileNames)
        for file in result.files {
            let checkedIn = try String(contentsOf: Fixtures.generatedExample.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.contents == checkedIn, "\(file.name) is stale: run `swift run specgen --config GeneratedExample/Sources/ExaAPI/specgen.yaml GeneratedExample/Sources/ExaAPI`")
        }
    }

    @Test("Generation is deterministic")
    func deterministic() throws {
        #expect(try Fixtures.exaSpecs().files == Fixtures.exaSpecs().files)
    }

    @Test("Each wire module holds what its golden case generates", arguments: [
        "WireParameters": "wire-parameters", "WireBodies": "wire-bodies", "WireSecurity": "wire-security", "WireServers": "wire-servers",
        "WireResponses": "wire-responses", "WireFidelity": "wire-fidelity",
    ])
    func wireModule(module: String, goldenCase: String) throws {
        let folder = Fixtures.generatedExample.deletingLastPathComponent().appendingPathComponent(module)
        let expected = Fixtures.packageRoot.appendingPathComponent("Tests/SpecgenCoreTests/Golden/\(goldenCase)/expected")
        let files = try FileManager.default.contentsOfDirectory(atPath: expected.path).filter { $0.hasSuffix(".swift") }
        #expect(Set(files + ["Support.swift"]) == Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }))
        for file in files {
            let checkedIn = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(checkedIn == (try String(contentsOf: expected.appendingPathComponent(file), encoding: .utf8)), "\(module)/\(file) is stale: regenerate it")
        }
        // Support code depends on options alone, so every module with the defaults has the same.
        let support = try String(contentsOf: folder.appendingPathComponent("Support.swift"), encoding: .utf8)
        #expect(support == (try String(contentsOf: Fixtures.generatedExample.appendingPathComponent("Support.swift"), encoding: .utf8)))
    }
}
