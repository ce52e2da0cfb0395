import Foundation
import Testing

/// The behaviours of `swift package generate-code` (the command plugin) for checked-in code,
/// on the consumer's `PetsCheckedIn` target.
struct GenerateCodeSteps {
    let consumer: ConsumerPackage

    private var folder: URL { consumer.file("Sources/PetsCheckedIn") }

    /// The checked-in generated code: every Swift file of the target but its own.
    private var code: String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") && $0 != "PetsCheckedIn.swift" }.sorted()
            .map { folder.appendingPathComponent($0).text }.joined(separator: "\n")
    }

    func writesCheckedInCodeOnlyForNamedTargetsTheFirstTime() throws {
        let unnamed = try consumer.generateCode()
        #expect(!unnamed.succeeded, "generate-code wrote into targets nobody named:\n\(unnamed.output)")
        #expect(unnamed.output.contains("--target"), "\(unnamed.output)")
        #expect(!FileManager.default.fileExists(atPath: consumer.file("Sources/PetsAPI/Types.swift").path))

        let named = try consumer.generateCode(["--target", "PetsCheckedIn"])
        #expect(named.succeeded, "\(named.output)")
        #expect(code.contains("public struct Pet: "))
        let build = try consumer.build()
        #expect(build.succeeded, "the checked-in code does not compile:\n\(build.output)")
    }

    func checkFailsAndNamesTheStaleFileWhenTheDocsChange() throws {
        let current = try consumer.generateCode(["--check"])
        #expect(current.succeeded, "\(current.output)")

        let pet = BuildPluginSteps.pet
        try consumer.write(consumer.file(pet).text + "        age:\n          type: integer\n", to: pet)
        let before = code
        let stale = try consumer.generateCode(["--check"])
        #expect(!stale.succeeded)
        #expect(stale.output.contains("specgen: stale: ") && stale.output.contains("Sources/PetsCheckedIn/Types"), "\(stale.output)")
        #expect(code == before, "--check changed the checked-in code")
    }

    func regeneratesEveryTargetWithCheckedInCode() throws {
        let run = try consumer.generateCode()
        #expect(run.succeeded, "\(run.output)")
        #expect(code.contains("public var age: Int?"))
        #expect(!FileManager.default.fileExists(atPath: consumer.file("Sources/PetsAPI/Types.swift").path))
        #expect(try consumer.generateCode(["--check"]).succeeded)
    }
}
