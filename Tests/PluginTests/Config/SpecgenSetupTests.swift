import Foundation
import Testing
import SpecgenCore

/// What the plugins make of a target's folder (`SpecgenSetup`, compiled into these tests through
/// the `PluginShared` link).
@Suite("A target's specgen setup")
struct SpecgenSetupTests {
    @Test("The build plugin declares exactly the files specgen writes")
    func outputsAreTheFixedSet() {
        #expect(SpecgenSetup.outputFileNames == Emitter.fileNames)
        #expect(SpecgenSetup.serverFileNames == Emitter.serverFileNames)
        #expect(SpecgenSetup.examplesFileNames == Emitter.examplesFileNames)
    }

    @Test("The plugin watches exactly the kinds of file specgen reads")
    func watchedKindsAreReadKinds() {
        for name in ["a.yaml", "a.yml", "a.json", "a.md", "a.mdx", "a.txt", "a.swift", "a.png", "a.mustache", "A.YAML"] {
            let readByPlugin = SpecgenSetup.readableExtensions.contains((name as NSString).pathExtension.lowercased())
            let readBySpecgen = InputFile(path: name, relativePath: name, bytes: []).kind != nil
            #expect(readByPlugin == readBySpecgen, "\(name)")
        }
    }

    @Test("A specs/ folder is the input; every file of it specgen reads is watched, hidden ones excepted")
    func specsFolder() throws {
        let folder = try Paths.temporaryFolder("specgen-setup")
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("a", to: folder.appendingPathComponent("specs/api.yaml"))
        try write("b", to: folder.appendingPathComponent("specs/pages/get.md"))
        try write("c", to: folder.appendingPathComponent("specs/.DS_Store"))
        try write("c", to: folder.appendingPathComponent("specs/logo.png"))
        try write("d", to: folder.appendingPathComponent("Code.swift"))
        let setup = try #require(try SpecgenSetup(targetFolder: folder))
        #expect(setup.watchedFiles().map(\.lastPathComponent) == ["api.yaml", "get.md"])
        #expect(setup.arguments(output: URL(fileURLWithPath: "/out")) == ["generate", folder.appendingPathComponent("specs").standardizedFileURL.path, "/out"])
    }

    @Test("With a config, the config, the folder its inputs share, and its templates are watched")
    func config() throws {
        let folder = try Paths.temporaryFolder("specgen-setup")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("Sources/API")
        try write("inputs:\n  - ../../api/paths.yaml\n  - ../../api/pages\ntemplates: tpl\n", to: target.appendingPathComponent("specgen.yaml"))
        try write("a", to: folder.appendingPathComponent("api/paths.yaml"))
        try write("b", to: folder.appendingPathComponent("api/schemas/pet.yaml"))
        try write("c", to: folder.appendingPathComponent("api/pages/get.md"))
        try write("d", to: target.appendingPathComponent("tpl/Types.mustache"))
        let setup = try #require(try SpecgenSetup(targetFolder: target))
        #expect(setup.watchedFiles().map(\.lastPathComponent) == ["specgen.yaml", "get.md", "paths.yaml", "pet.yaml", "Types.mustache"])
        #expect(setup.arguments(output: URL(fileURLWithPath: "/out")) == ["generate", "--config", target.appendingPathComponent("specgen.yaml").path, "/out"])
    }

    @Test("A folder with neither a config nor specs/ is not set up")
    func nothing() throws {
        let folder = try Paths.temporaryFolder("specgen-setup")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SpecgenSetup(targetFolder: folder) == nil)
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
