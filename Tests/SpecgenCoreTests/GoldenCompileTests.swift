import Foundation
import Testing

/// Every golden case's Swift must compile in Swift 6 language mode with no warnings: a golden that
/// does not compile pins a bug instead of catching one.
@Suite("Golden cases compile")
struct GoldenCompileTests {
    static var casesWithSwift: [String] {
        GoldenCase.all.filter { GoldenCase(name: $0).expectedOutputs()["Types.swift"] != nil }
    }

    @Test("Generated Swift type-checks without warnings", arguments: casesWithSwift)
    func compiles(_ name: String) throws {
        let generated = try GoldenCase(name: name).generatedFiles()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-golden-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in generated {
            let url = folder.appendingPathComponent(file.name)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        let (status, output) = try SwiftCompiler.typecheck(paths)
        #expect(status == 0 && output.isEmpty, "\(name) does not compile cleanly:\n\(output)")
    }
}
