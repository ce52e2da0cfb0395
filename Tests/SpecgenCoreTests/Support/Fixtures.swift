import Foundation
@testable import SpecgenCore

/// Paths and loaders the tests share.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let specs = packageRoot.appendingPathComponent("specs")
    static let generatedExample = packageRoot.appendingPathComponent("GeneratedExample/Sources/ExaAPI")

    /// Loads in-memory files (path → text) through the Input and Spec stages.
    static func load(_ files: [String: String]) -> (SpecSet, Diagnostics, SourceFiles) {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let inputs = files.map { InputFile(path: $0.key, relativePath: $0.key, bytes: Array($0.value.utf8)) }
        let spec = SpecLoader().load(inputs, sources: &sources, diagnostics: &diagnostics)
        return (spec, diagnostics, sources)
    }

    /// Runs the Resolve stage over in-memory files.
    static func model(_ files: [String: String]) -> (APIModel, Diagnostics) {
        var (spec, diagnostics, _) = load(files)
        let model = Resolver(reserved: Emitter().reservedNames()).resolve(spec, diagnostics: &diagnostics)
        return (model, diagnostics)
    }

    static func exaSpecs(parts: Set<GeneratedPart> = GeneratedPart.defaults) throws -> Generator.Result {
        try generate(specs, displayedAs: "specs", parts: parts)
    }

    /// What the pipeline makes of the folder or file at `input`.
    static func generate(_ input: URL, displayedAs name: String, parts: Set<GeneratedPart>) throws -> Generator.Result {
        let folder = try InputFolder(path: input.path, displayedAs: name)
        return Generator(emitter: Emitter(options: EmitOptions(parts: parts))).generate(try folder.entries())
    }
}

extension APIModel {
    func declaration(named name: String) -> TypeDecl? {
        types.first { $0.name == name && $0.parent == nil }
    }
}
