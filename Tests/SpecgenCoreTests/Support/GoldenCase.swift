import Foundation
import SpecgenCore
import Testing

/// A golden case: `Golden/<name>/input/` goes through the whole pipeline, and what comes out
/// (Swift files, and `diagnostics.txt` when there are any) must equal `Golden/<name>/expected/`.
///
/// With `SPECGEN_RECORD=1`, expectations that differ are rewritten and the check fails anyway, so a
/// recording run can never pass by itself.
struct GoldenCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SPECGEN_RECORD"] == "1" }

    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    let name: String
    var folder: URL { Self.root.appendingPathComponent(name) }

    func run() throws -> Generator.Result {
        let input = try InputFolder(path: folder.appendingPathComponent("input").path, displayedAs: "input")
        let generator = Generator(emitter: Emitter(options: EmitOptions(parts: try parts())))
        return generator.generate(try input.entries(), fetch: { try? input.file(at: $0) })
    }

    /// The parts the case's `specgen.yaml` names (its `generate` key), the defaults without one.
    private func parts() throws -> Set<GeneratedPart> {
        let url = folder.appendingPathComponent(SpecgenConfig.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return GeneratedPart.defaults }
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let config = SpecgenConfig.read([UInt8](data), path: url.path, sources: &sources, diagnostics: &diagnostics)
        return try #require(config?.parts, "\(name)/specgen.yaml names no parts to generate")
    }

    /// Every file the pipeline writes for the input, `Support.swift` included.
    func generatedFiles() throws -> [OutputFile] {
        try run().files
    }

    /// What the pipeline makes of the input: Swift files (but the support files every case shares),
    /// and the rendered diagnostics.
    func actualOutputs() throws -> [String: String] {
        let result = try run()
        var outputs: [String: String] = [:]
        for file in result.files where file.name != "Support.swift" && file.name != "ServerSupport.swift" {
            outputs[file.name] = file.contents
        }
        let report = DiagnosticRenderer(files: result.sources).render(result.diagnostics)
        if !report.isEmpty { outputs["diagnostics.txt"] = report }
        return outputs
    }

    func expectedOutputs() -> [String: String] {
        let expected = folder.appendingPathComponent("expected")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: expected.path)) ?? []
        var outputs: [String: String] = [:]
        for name in names where !name.hasPrefix(".") {
            outputs[name] = try? String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8)
        }
        return outputs
    }

    /// Replaces `expected/` with `outputs`.
    func record(_ outputs: [String: String]) throws {
        let expected = folder.appendingPathComponent("expected")
        try? FileManager.default.removeItem(at: expected)
        try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
        for (name, contents) in outputs {
            try Data(contents.utf8).write(to: expected.appendingPathComponent(name))
        }
    }
}
