import Testing
@testable import SpecgenCore

/// Reading `specgen.yaml` with specgen's own YAML reader.
@Suite("specgen.yaml")
struct SpecgenConfigTests {
    private func read(_ text: String) -> (SpecgenConfig?, [String]) {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let config = SpecgenConfig.read(Array(text.utf8), path: "specgen.yaml", sources: &sources, diagnostics: &diagnostics)
        return (config, diagnostics.sorted.map { "\($0.mark.line):\($0.mark.column): \($0.message)" })
    }

    @Test("Inputs are a list, or one path; access and templates are strings")
    func readsEveryKey() {
        #expect(read("inputs:\n  - a.yaml\n  - pages\naccess: internal\ntemplates: tpl\n").0
            == SpecgenConfig(inputs: ["a.yaml", "pages"], access: .internal, templates: "tpl"))
        #expect(read("inputs: specs\n").0 == SpecgenConfig(inputs: ["specs"]))
        #expect(read("inputs: [a.yaml, 'b c.md']\n").0 == SpecgenConfig(inputs: ["a.yaml", "b c.md"]))
    }

    @Test("An empty config means a specs/ folder beside it and default options")
    func emptyConfig() {
        #expect(read("").0 == SpecgenConfig(inputs: ["specs"]))
        #expect(read("# nothing to set\n").0 == SpecgenConfig(inputs: ["specs"]))
    }

    @Test("An unknown key, a bad access level and a non-string input are errors at their places")
    func mistakesArePlaced() {
        let (config, messages) = read("inputs:\n  - 3\naccess: open\nfilters: [getPet]\n")
        #expect(config == nil)
        #expect(messages == [
            "2:5: 'inputs' takes a string here",
            "3:9: unknown access level 'open' (use public, package, internal)",
            "4:1: unknown key 'filters' (a specgen config has access, generate, inputs, operations, paths, prune, tags, templates)",
        ])
    }

    @Test("generate names the parts to write; one without the client, or unknown, is an error at its place")
    func generateKey() {
        #expect(read("generate: [types, client, server]\n").0?.parts == [.types, .client, .server])
        #expect(read("generate: types,client\n").0?.parts == GeneratedPart.defaults)
        #expect(read("inputs: specs\n").0?.parts == nil)
        let (config, messages) = read("generate: [types, server]\n")
        #expect(config == nil)
        #expect(messages == ["1:11: generate lists types and client, and optionally server and examples: they share the client's types and support code"])
    }

    @Test("Paths are relative to the config's folder, unless absolute")
    func pathsAreRelativeToTheConfig() {
        let config = SpecgenConfig(inputs: ["../specs", "/abs/api.yaml"], templates: "tpl")
        #expect(config.inputPaths(configPath: "Sources/API/specgen.yaml") == ["Sources/specs", "/abs/api.yaml"])
        #expect(config.inputPaths(configPath: "specgen.yaml") == ["../specs", "/abs/api.yaml"])
        #expect(config.templatesPath(configPath: "Sources/API/specgen.yaml") == "Sources/API/tpl")
    }
}
