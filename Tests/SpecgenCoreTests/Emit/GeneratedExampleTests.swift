import Foundation
import Testing
@testable import SpecgenCore

@Suite("GeneratedExample is what specs/ generates")
struct GeneratedExampleTests {
    @Test("Every generated file equals the checked-in one")
    func upToDate() throws {
        let result = try Fixtures.exaSpecs()
        #expect(!result.hasErrors)
        #expect(result.files.map(\.name) == Emitter.fileNames)
        for file in result.files {
            let checkedIn = try String(contentsOf: Fixtures.generatedExample.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.contents == checkedIn, "\(file.name) is stale: run `swift run specgen specs/ GeneratedExample/Sources/ExaAPI`")
        }
    }

    @Test("Generation is deterministic")
    func deterministic() throws {
        #expect(try Fixtures.exaSpecs().files == Fixtures.exaSpecs().files)
    }
}
