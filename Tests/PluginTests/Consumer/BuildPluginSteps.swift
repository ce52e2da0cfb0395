import Foundation
import Testing

/// The behaviours of `SpecgenPlugin` (the build-tool plugin), in the order one consumer package
/// goes through them.
struct BuildPluginSteps {
    let consumer: ConsumerPackage

    static let pet = "Sources/PetsAPI/specs/pet.yaml"

    func generatedClientCompilesAndAnswersCalls() throws {
        let build = try consumer.build()
        try #require(build.succeeded, "the consumer package does not build:\n\(build.output)")
        #expect(ConsumerPackage.regenerated(in: build.output) == ["PetsAPI", "PetsAdmin"])
        let run = try consumer.runApp()
        #expect(run.succeeded, "PetsApp failed:\n\(run.output)")
        #expect(run.output.contains("GET https://pets.example.com/pets/42 Bearer secret"), "\(run.output)")
        #expect(run.output.contains("Hello, Rex!\nRex\n"), "\(run.output)")
        #expect(consumer.generatedCode(of: "PetsAdmin").contains("\ninternal struct Pet: "), "specgen.yaml's access: internal was not applied")
    }

    func buildWithNothingChangedRunsNothing() throws {
        // SwiftPM relinks a plugin's tool on the build after the one that first built it, and
        // reruns the commands using it; specgen then finds its output current and writes nothing.
        // From then on a build with nothing changed must run nothing.
        _ = try consumer.build()
        let before = modificationDates(of: "PetsAPI")
        try #require(!before.isEmpty, "no generated files found under \(consumer.scratch.path)")
        let build = try consumer.build()
        #expect(build.succeeded, "\(build.output)")
        #expect(ConsumerPackage.regenerated(in: build.output).isEmpty, "a build with nothing changed ran specgen:\n\(build.output)")
        #expect(modificationDates(of: "PetsAPI") == before)
    }

    func touchingAFragmentRegeneratesWithoutRewriting() throws {
        let before = modificationDates(of: "PetsAPI")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: consumer.file(Self.pet).path)
        let build = try consumer.build()
        #expect(build.succeeded, "\(build.output)")
        // Both targets read pet.yaml: PetsAPI through its specs/ folder, PetsAdmin by name.
        #expect(ConsumerPackage.regenerated(in: build.output) == ["PetsAPI", "PetsAdmin"], "\(build.output)")
        #expect(modificationDates(of: "PetsAPI") == before, "specgen rewrote a file whose bytes did not change")
    }

    func editingAFragmentChangesTheGeneratedCode() throws {
        try consumer.write(consumer.file(Self.pet).text + "        nickname:\n          type: string\n", to: Self.pet)
        let build = try consumer.build()
        #expect(build.succeeded, "\(build.output)")
        #expect(consumer.generatedCode(of: "PetsAPI").contains("public var nickname: String?"))
        #expect(consumer.generatedCode(of: "PetsAdmin").contains("internal var nickname: String?"))
    }

    func addingAndRemovingAFragmentRegenerates() throws {
        let owner = "Sources/PetsAPI/specs/owner.yaml"
        try consumer.write("components:\n  schemas:\n    Owner:\n      type: object\n      properties:\n        name: {type: string}\n", to: owner)
        let added = try consumer.build()
        #expect(added.succeeded, "\(added.output)")
        #expect(ConsumerPackage.regenerated(in: added.output).contains("PetsAPI"), "\(added.output)")
        #expect(consumer.generatedCode(of: "PetsAPI").contains("public struct Owner: "))

        try FileManager.default.removeItem(at: consumer.file(owner))
        let removed = try consumer.build()
        #expect(removed.succeeded, "\(removed.output)")
        #expect(ConsumerPackage.regenerated(in: removed.output).contains("PetsAPI"), "\(removed.output)")
        #expect(!consumer.generatedCode(of: "PetsAPI").contains("struct Owner"))
    }

    func brokenFragmentFailsTheBuildAtItsLineAndColumn() throws {
        let good = consumer.file(Self.pet).text
        let broken = good.replacingOccurrences(of: "        name:\n          type: string\n", with: "        name:\n          $ref: '#/components/schemas/Nmae'\n")
        try #require(broken != good)
        try consumer.write(broken, to: Self.pet)
        let build = try consumer.build()
        #expect(!build.succeeded)
        // Line 12, column 17 of pet.yaml is where the $ref's value starts.
        let diagnostic = "Sources/PetsAPI/specs/pet.yaml:12:17: error: unresolved $ref '#/components/schemas/Nmae'"
        #expect(build.output.contains(diagnostic), "the build log does not show the diagnostic:\n\(build.output)")
        #expect(build.output.contains("                    ^"), "the build log does not show the caret")

        try consumer.write(good, to: Self.pet)
        let fixed = try consumer.build()
        #expect(fixed.succeeded, "\(fixed.output)")
    }

    private func modificationDates(of target: String) -> [String: Date] {
        consumer.generatedFiles(of: target).compactMapValues(\.modificationDate)
    }
}
