import Foundation

/// A temporary folder holding a copy of the consumer's pet specs (`specs/`), where the tests run
/// the `specgen` command line as a user would.
struct Workspace {
    let folder: URL

    static func make() throws -> Workspace {
        let folder = try Paths.temporaryFolder("specgen-cli")
        let specs = Paths.fixtures.appendingPathComponent("Consumer/Sources/PetsAPI/specs")
        try FileManager.default.copyItem(at: specs, to: folder.appendingPathComponent("specs"))
        return Workspace(folder: folder)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `specgen` with `arguments` in the workspace.
    func specgen(_ arguments: String...) throws -> Shell.Run {
        try Shell.run(Paths.specgen, arguments, in: folder)
    }

    func file(_ path: String) -> URL {
        folder.appendingPathComponent(path)
    }

    func write(_ text: String, to path: String) throws {
        let url = file(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func append(_ text: String, to path: String) throws {
        try write(file(path).text + text, to: path)
    }
}
