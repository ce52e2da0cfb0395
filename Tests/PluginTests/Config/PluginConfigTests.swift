import Testing
import SpecgenCore

/// The build plugin cannot link specgen's YAML reader, so it reads `inputs` and `templates` with
/// a small reader of its own (compiled into these tests through the `PluginShared` link). It must
/// watch the files specgen reads: both readers must agree on every form the README shows.
@Suite("The plugin's config reader")
struct PluginConfigTests {
    static let configs = [
        "",
        "access: internal\n",
        "inputs: specs\n",
        "inputs: 'docs pages'\n",
        "inputs: [openapi.yaml, \"pages\"]\n",
        "# The API\ninputs:   # folders and files\n  - openapi.yaml\n\n  - pages  # the docs\naccess: internal\ntemplates: tpl\n",
        "templates: \"my templates\"\ninputs:\n- a.yaml\n- b.yaml\n",
        "generate: [types, client, server]\n",
        "generate: types,client\n",
        "inputs: specs\ngenerate:\n  - types\n  - client\n  - server\n",
        "generate: [types, client, examples]\n",
    ]

    @Test("It reads inputs and templates as specgen does", arguments: configs)
    func agreesWithSpecgen(_ text: String) throws {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let specgen = try #require(SpecgenConfig.read(Array(text.utf8), path: "specgen.yaml", sources: &sources, diagnostics: &diagnostics))
        let plugin = try PluginConfig(text: text)
        #expect(plugin.inputs == specgen.inputs)
        #expect(plugin.templates == specgen.templates)
        #expect(plugin.generatesServer == (specgen.parts?.contains(.server) ?? false))
        #expect(plugin.generatesExamples == (specgen.parts?.contains(.examples) ?? false))
    }

    @Test("It refuses an inputs form it cannot follow rather than watch the wrong files")
    func refusesUnreadableInputs() {
        #expect(throws: PluginConfig.Unreadable.self) { try PluginConfig(text: "inputs: [a.yaml,\n  b.yaml]\n") }
        #expect(throws: PluginConfig.Unreadable.self) { try PluginConfig(text: "inputs:\n  first: a.yaml\n") }
    }
}
