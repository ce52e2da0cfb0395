import Foundation
import Testing

/// `specgen --check INPUT OUTPUT`: the CI line that catches docs changed without regenerating.
@Suite("specgen --check")
struct CheckTests {
    @Test("Succeeds and writes nothing when the output is what the specs generate")
    func currentOutputPasses() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        #expect(try workspace.specgen("specs", "out").succeeded)
        let before = workspace.file("out/Types.swift").modificationDate
        let check = try workspace.specgen("--check", "specs", "out")
        #expect(check.succeeded, "\(check.output)")
        #expect(check.output.isEmpty)
        #expect(workspace.file("out/Types.swift").modificationDate == before)
    }

    @Test("Fails, names the stale file and leaves it alone when a fragment changed")
    func changedFragmentIsNamed() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        #expect(try workspace.specgen("specs", "out").succeeded)
        let before = workspace.file("out/Types.swift").text
        try workspace.append("        nickname:\n          type: string\n", to: "specs/pet.yaml")
        let check = try workspace.specgen("--check", "specs", "out")
        #expect(check.status == 1)
        #expect(check.output.contains("specgen: stale: ") && check.output.contains("out/Types.swift"), "\(check.output)")
        #expect(!check.output.contains("Client.swift"), "Client.swift did not change: \(check.output)")
        #expect(workspace.file("out/Types.swift").text == before)
    }

    @Test("Fails when a generated file was edited by hand")
    func handEditIsStale() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        #expect(try workspace.specgen("specs", "out").succeeded)
        try workspace.append("// a local fix\n", to: "out/Client.swift")
        let check = try workspace.specgen("--check", "specs", "out")
        #expect(check.status == 1)
        #expect(check.output.contains("out/Client.swift"), "\(check.output)")
    }

    @Test("Fails when the output folder was never generated")
    func missingOutputIsStale() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        let check = try workspace.specgen("--check", "specs", "out")
        #expect(check.status == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.file("out").path), "--check created the output folder")
    }
}
