import Foundation
import Testing
import SpecgenCore

/// Several inputs read as one API, under the folder they share.
@Suite("Several inputs")
struct InputSetTests {
    @Test("Files and folders are read under the folder they share, sorted, each once")
    func sharedFolder() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        let specs = workspace.file("specs").path
        let set = try InputSet(paths: [specs + "/pet.yaml", specs, specs + "/get-a-pet.md"])
        #expect(set.folder.root.path == workspace.file("specs").standardizedFileURL.path)
        #expect(set.entries.map(\.relativePath) == ["api.yaml", "get-a-pet.md", "pet.yaml"])
        #expect(set.entries.first?.path == specs + "/api.yaml", "absolute inputs are shown as absolute paths")
    }

    @Test("A missing input or one specgen cannot read is an error naming it")
    func unreadableInputs() throws {
        let workspace = try Workspace.make()
        defer { workspace.remove() }
        try workspace.write("x", to: "notes.rtf")
        let specs = workspace.file("specs").path
        #expect(throws: InputFolder.Failure.self) { try InputSet(paths: [specs, workspace.file("nope.yaml").path]) }
        let error = #expect(throws: InputFolder.Failure.self) { try InputSet(paths: [specs, workspace.file("notes.rtf").path]) }
        #expect(error?.message.contains("notes.rtf") == true)
    }
}
