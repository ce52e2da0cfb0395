import Foundation
import Testing
@testable import SpecgenCore

@Suite("Writing the output folder")
struct OutputFolderTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func modified(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test("Files are written only when their bytes change")
    func onlyChanged() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let folder = OutputFolder(path: url.path)
        let files = [OutputFile(name: "A.swift", contents: "a\n"), OutputFile(name: "B.swift", contents: "b\n")]
        #expect(try folder.write(files).changed == ["A.swift", "B.swift"])
        let before = try modified(url.appendingPathComponent("A.swift"))
        Thread.sleep(forTimeInterval: 0.01)
        let plan = try folder.write([files[0], OutputFile(name: "B.swift", contents: "b2\n")])
        #expect(plan.changed == ["B.swift"])
        #expect(try modified(url.appendingPathComponent("A.swift")) == before)
    }

    @Test("A file specgen did not write is never overwritten")
    func foreignFile() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("mine\n".utf8).write(to: url.appendingPathComponent("A.swift"))
        #expect(throws: OutputFolder.Failure.self) {
            try OutputFolder(path: url.path).write([OutputFile(name: "A.swift", contents: "generated\n")])
        }
        #expect(try String(contentsOf: url.appendingPathComponent("A.swift"), encoding: .utf8) == "mine\n")
    }

    @Test("Files specgen wrote before and no longer writes are removed; others stay")
    func staleFiles() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let folder = OutputFolder(path: url.path)
        _ = try folder.write([OutputFile(name: "Old.swift", contents: "x\n")])
        try Data("keep\n".utf8).write(to: url.appendingPathComponent("Notes.swift"))
        let plan = try folder.write([OutputFile(name: "New.swift", contents: "y\n")])
        #expect(plan.stale == ["Old.swift"])
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathComponent("Old.swift").path))
        #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("Notes.swift").path))
    }

    @Test("A check names what is stale and writes nothing")
    func check() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let folder = OutputFolder(path: url.path)
        let plan = try folder.plan([OutputFile(name: "A.swift", contents: "a\n")])
        #expect(plan.changed == ["A.swift"])
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathComponent("A.swift").path))
    }

    @Test("A run with errors produces no files to write")
    func errorsWriteNothing() {
        let result = Generator().generate([InputFile(path: "a.yaml", relativePath: "a.yaml", bytes: Array("openapi: [".utf8))])
        #expect(result.hasErrors)
        #expect(result.files.isEmpty)
    }
}
