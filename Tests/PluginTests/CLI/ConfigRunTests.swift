import Foundation
import Testing

/// `specgen --config specgen.yaml` and several inputs on the command line.
@Suite("specgen with a config or several inputs")
struct ConfigRunTests {
    @Test("Several inputs read as one API: a fragment and a page that refers to it")
    func severalInputs() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        let run = try workspace.specgen("specs/get-a-pet.md", "specs/pet.yaml", "out")
        #expect(run.succeeded, "\(run.output)")
        #expect(workspace.file("out/Types.swift").text.contains("public struct Pet: "))
        #expect(workspace.file("out/Client.swift").text.contains("func getPet(id: Int64)"))
    }

    @Test("A config names the inputs, relative to itself, and the options; OUTPUT defaults to its folder")
    func configNamesInputsAndOptions() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("inputs:\n  - ../specs\naccess: package\n", to: "Gen/specgen.yaml")
        let run = try workspace.specgen("--config", "Gen/specgen.yaml")
        #expect(run.succeeded, "\(run.output)")
        #expect(workspace.file("Gen/Types.swift").text.contains("\npackage struct Pet: "))
    }

    @Test("Options on the command line win over the config's")
    func commandLineWins() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("inputs: [specs]\naccess: package\n", to: "specgen.yaml")
        let run = try workspace.specgen("--config", "specgen.yaml", "--access", "internal", "out")
        #expect(run.succeeded, "\(run.output)")
        #expect(workspace.file("out/Types.swift").text.contains("\ninternal struct Pet: "))
    }

    @Test("A mistake in the config is an error at its line and column, and nothing is written")
    func configMistakeIsPlaced() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("inputs: [specs]\naccess: private\nfilters: [pets]\n", to: "specgen.yaml")
        let run = try workspace.specgen("--config", "specgen.yaml", "out")
        #expect(run.status == 1)
        #expect(run.output.contains("specgen.yaml:2:9: error: unknown access level 'private'"), "\(run.output)")
        #expect(run.output.contains("specgen.yaml:3:1: error: unknown key 'filters'"), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("out").path))
    }

    @Test("With a config, more than one path is refused")
    func configTakesOnlyOutput() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("inputs: [specs]\n", to: "specgen.yaml")
        let run = try workspace.specgen("--config", "specgen.yaml", "specs", "out")
        #expect(run.status != 0)
        #expect(run.output.contains("give only OUTPUT"), "\(run.output)")
    }
}
