import Foundation
import SpecgenCore
import Testing

/// From options to one's own templates: `specgen templates export DIR`, then `--templates DIR`.
@Suite("specgen templates export and --templates")
struct TemplateLadderTests {
    @Test("Exported templates, used unchanged, generate what the built-in ones do")
    func exportedTemplatesRoundTrip() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        let export = try workspace.specgen("templates", "export", "templates")
        #expect(export.succeeded, "\(export.output)")
        for name in TemplateValidator.templateNames {
            #expect(FileManager.default.fileExists(atPath: workspace.file("templates/\(name).mustache").path))
        }
        #expect(try workspace.specgen("specs", "builtIn").succeeded)
        #expect(try workspace.specgen("specs", "custom", "--templates", "templates").succeeded)
        for name in Emitter.fileNames {
            #expect(workspace.file("custom/\(name)").text == workspace.file("builtIn/\(name)").text, "\(name)")
        }
    }

    @Test("An edited template changes the output; the templates the folder lacks stay built in")
    func editedTemplateIsUsed() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("{{% CONTENT_TYPE: TEXT}}\n{{header}}\n// House header\n\nimport Foundation\n{{#declarations}}\n\n{{{.}}}\n{{/declarations}}\n", to: "templates/Types.mustache")
        let run = try workspace.specgen("specs", "out", "--templates", "templates")
        #expect(run.succeeded, "\(run.output)")
        #expect(workspace.file("out/Types.swift").text.contains("// House header\n"))
        #expect(workspace.file("out/Client.swift").text.contains("public struct Client"))
    }

    @Test("Export refuses to replace a template that was edited, unless forced")
    func exportKeepsEdits() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        #expect(try workspace.specgen("templates", "export", "templates").succeeded)
        try workspace.append("{{! mine }}\n", to: "templates/Client.mustache")
        let again = try workspace.specgen("templates", "export", "templates")
        #expect(again.status == 1)
        #expect(again.output.contains("Client.mustache") && again.output.contains("--force"), "\(again.output)")
        #expect(workspace.file("templates/Client.mustache").text.hasSuffix("{{! mine }}\n"))
        #expect(try workspace.specgen("templates", "export", "templates", "--force").succeeded)
        #expect(!workspace.file("templates/Client.mustache").text.contains("{{! mine }}"))
    }

    @Test("A name the context does not have is an error at the template's line and column, and nothing is written")
    func unknownNameIsPlaced() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("{{% CONTENT_TYPE: TEXT}}\n{{header}}\n{{#declarations}}\n{{{.}}} {{nmae}}\n{{/declarations}}\n", to: "templates/Types.mustache")
        let run = try workspace.specgen("specs", "out", "--templates", "templates")
        #expect(run.status == 1)
        #expect(run.output.contains("templates/Types.mustache:4:11: error: unknown name 'nmae'"), "\(run.output)")
        #expect(run.output.contains("    {{{.}}} {{nmae}}\n              ^"), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("out").path))
    }

    @Test("A file named after no template is an error, so a misspelt file name is not ignored")
    func unknownTemplateFile() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("{{header}}\n", to: "templates/Model.mustache")
        let run = try workspace.specgen("specs", "out", "--templates", "templates")
        #expect(run.status == 1)
        #expect(run.output.contains("templates/Model.mustache:1:1: error: specgen renders no template named 'Model'"), "\(run.output)")
    }
}
